@leave-requests @notifications
Feature: Cancelling leave
  Plans change. An employee may withdraw a request, or cancel approved leave that has not started yet,
  and gets the days back. The manager is told, so the team plan stays right.

  Rule: The manager is told when leave is cancelled

    Example: Bob is told when Alice withdraws a request he has not decided yet
      Given Alice has asked for 3 days of annual leave from the Monday of week 12 next year
      When Alice cancels her request
      Then Bob is told that Alice cancelled her request

    Example: Alice gets her days back when she cancels approved leave
      Given Alice has 3 days of annual leave approved from the Monday of week 12 next year
      When Alice cancels her request
      Then Bob is told that Alice cancelled her request
      And Alice has 25 days of annual leave left next year

  Rule: Leave that has already started cannot be cancelled

    Example: Alice cannot cancel sick leave she is already on
      Given Alice has sick leave approved from 3 days ago until 3 days from now
      When Alice tries to cancel her request
      Then Alice is told that the leave has already started
