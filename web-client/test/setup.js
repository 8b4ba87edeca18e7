import { expect } from 'vitest';

/** The few DOM matchers these tests use, without pulling in another package. */
expect.extend({
  toBeInTheDocument(element) {
    const pass = element != null && element.ownerDocument.contains(element);
    return { pass, message: () => `expected element ${pass ? 'not ' : ''}to be in the document` };
  },
  toHaveTextContent(element, text) {
    const content = element?.textContent ?? '';
    const pass = content.includes(text);
    return { pass, message: () => `expected "${content}" ${pass ? 'not ' : ''}to contain "${text}"` };
  },
  toHaveAttribute(element, name, value) {
    const actual = element?.getAttribute(name);
    const pass = value === undefined ? element?.hasAttribute(name) : actual === value;
    return { pass, message: () => `expected ${name}="${actual}" ${pass ? 'not ' : ''}to be "${value}"` };
  },
  toHaveFocus(element) {
    const pass = element?.ownerDocument.activeElement === element;
    return { pass, message: () => `expected element ${pass ? 'not ' : ''}to have focus` };
  },
  toBeDisabled(element) {
    const pass = element?.disabled === true;
    return { pass, message: () => `expected element ${pass ? 'not ' : ''}to be disabled` };
  },
});
