@leave-requests
Feature: Asking for leave
  Employees ask for leave and their manager is told at once, so nobody waits on an email that never came.
  A request that breaks the leave rules is refused with the reason, and nobody is bothered about it.

  Rule: A request that follows the rules waits for the manager's decision

    Example: Bob is told as soon as Alice asks for leave
      When Alice asks for 3 days of annual leave from the Monday of week 12 next year
      Then Alice's request is waiting for a decision
      And Bob is told that Alice asked for leave

  Rule: A request that breaks the leave rules is refused and nobody is told

    Example: Alice cannot ask twice for the same days
      Given Alice has asked for 3 days of annual leave from the Monday of week 12 next year
      When Alice asks for 2 days of annual leave from the Monday of week 12 next year
      Then Alice is told that the days overlap leave she already has
      And Bob has been told about 1 request only

    Example: Alice cannot ask for more annual leave than she has left
      Given Alice has asked for 25 days of annual leave from the Monday of week 11 next year
      When Alice asks for 1 day of annual leave from the Monday of week 20 next year
      Then Alice is told that she does not have enough annual leave left
      And Bob has been told about 1 request only
