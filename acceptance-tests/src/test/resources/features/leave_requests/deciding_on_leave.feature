@leave-requests @notifications
Feature: Deciding on leave
  A manager approves or rejects the leave of the people who report to them, and the employee hears the
  decision at once. Whoever someone reports to is their manager, whatever else their job is. Only the
  employee's own manager, or HR, may decide; nobody decides their own leave.

  Rule: The employee is told the decision, and why when it is a no

    Background:
      Given Alice has asked for 3 days of annual leave from the Monday of week 12 next year

    Example: Alice is told that her leave was approved
      When Bob approves Alice's request
      Then Alice is told that her request was approved

    Example: Alice is told why her leave was rejected
      When Bob rejects Alice's request because "The release is that week"
      Then Alice is told that her request was rejected because "The release is that week"

    Example: HR can decide when the manager is away
      When Hana approves Alice's request
      Then Alice is told that her request was approved

  Rule: Whoever someone reports to decides their leave, whatever else their job is

    Example: Bob reports to Hana, so his leave waits for her and she decides it
      Given Bob has asked for 1 day of annual leave from the Monday of week 16 next year
      Then Bob's request waits for Hana
      When Hana approves Bob's request
      Then Bob is told that his request was approved

  Rule: Only the employee's manager or HR decides, and never on their own leave

    Example: Bob cannot approve his own leave
      Given Bob has asked for 1 day of annual leave from the Monday of week 14 next year
      When Bob tries to approve his own request
      Then Bob is told that nobody decides their own leave
      And Bob's request is still waiting for a decision

    Example: Bob cannot approve leave for someone who does not report to him
      Given Hana has asked for 1 day of annual leave from the Monday of week 14 next year
      When Bob tries to approve Hana's request
      Then Bob is told that there is no such request
      And Hana's request is still waiting for a decision

    Example: A decision cannot be changed afterwards
      Given Alice has asked for 1 day of annual leave from the Monday of week 15 next year
      And Bob has rejected Alice's request because "Too busy"
      When Bob tries to approve Alice's request
      Then Bob is told that the request has already been decided
