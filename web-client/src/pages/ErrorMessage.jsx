/** What the API said when it refused: the problem+json detail, and the field errors of a 400. */
export default function ErrorMessage({ error }) {
  if (!error) return null;
  return (
    <div className="error" role="alert">
      <p>{error.message}</p>
      {error.errors?.length > 0 && (
        <ul>
          {error.errors.map((e) => (
            <li key={`${e.field ?? e.line}:${e.message}`}>
              <strong>{e.field ?? (e.line != null ? `Line ${e.line}` : '')}</strong>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
