@administration @leave-requests
Feature: Keeping the holiday calendar
  HR keeps the public holidays. A public holiday is not a working day, so leave that is still waiting
  for a decision counts it no more; leave already approved keeps the days it was approved for.

  Example: A new public holiday shortens leave that is still waiting for a decision
    Given Alice has asked for 3 days of annual leave from the Monday of week 12 next year
    When Hana declares the Tuesday of week 12 next year a public holiday
    Then Alice's request counts 2 working days
    And Alice has 23 days of annual leave left next year

  Example: Approved leave keeps the days it was approved for
    Given Alice has 3 days of annual leave approved from the Monday of week 12 next year
    When Hana declares the Tuesday of week 12 next year a public holiday
    Then Alice's request counts 3 working days

  Example: A day that is no longer a holiday counts again
    Given Hana has declared the Tuesday of week 12 next year a public holiday
    And Alice has asked for 3 days of annual leave from the Monday of week 12 next year
    When Hana removes the public holiday on the Tuesday of week 12 next year
    Then Alice's request counts 3 working days

  Example: Only HR keeps the calendar
    When Bob tries to declare the Tuesday of week 12 next year a public holiday
    Then Bob is told that only HR may do that
