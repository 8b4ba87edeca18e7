@leave-requests @notifications
Feature: Chasing requests nobody has decided
  A request does not wait for ever. When its decider has not answered after two working days, they are
  reminded. When it has waited five, it goes to the decider's own manager, who may then decide it, and the
  decider hears that it went up. HR hears of leave that began while nobody had decided it. Weekends and
  public holidays do not count as days of waiting, and each reminder comes once, however many servers look.

  Rule: A decider who has not answered is reminded, once

    Example: Bob is away; Alice's request waits; Bob is reminded after two working days
      Given Alice has asked for 2 days of annual leave from the Monday of week 12 next year
      When 2 working days pass without a decision
      Then Bob is reminded once that Alice's request waits for his decision
      And nobody else is told about Alice's request

    Example: One working day is not long enough to be reminded
      Given Alice has asked for 2 days of annual leave from the Monday of week 12 next year
      When 1 working day passes without a decision
      Then nobody is reminded about Alice's request

    Example: Bob decided in time, so nobody is chased
      Given Alice has asked for 2 days of annual leave from the Monday of week 12 next year
      And Bob has approved Alice's request
      When 5 working days pass
      Then nobody is reminded about Alice's request

  Rule: A request that waits longer still goes to the decider's own manager

    Example: Hana is told after the second threshold, and decides it
      Given Alice has asked for 2 days of annual leave from the Monday of week 12 next year
      When 2 working days pass without a decision
      And 3 more working days pass without a decision
      Then Hana is told once that Alice's request was passed to her
      And Bob is told once that Alice's request was passed to Hana
      And Alice's request waits for Hana
      When Hana approves Alice's request
      Then Alice is told that her request was approved

  Rule: HR hears of leave that began before anyone decided it

    Example: Carol's day off comes and Bob has not answered
      Given Carol has asked for 1 day of annual leave on the next working day
      When 2 working days pass without a decision
      Then Hana is told once that Carol's leave began without a decision
      And Bob is reminded once that Carol's request waits for his decision
