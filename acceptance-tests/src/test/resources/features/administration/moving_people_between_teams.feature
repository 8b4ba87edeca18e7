@administration @leave-requests @notifications
Feature: Moving people between teams
  HR decides who reports to whom. When someone moves to another team, the leave they are still waiting
  for moves with them: their new manager decides it, and is told so. Everyone concerned hears about
  the move. The reporting lines always stay sound: a manager is an active manager, and nobody ends up
  managing their own manager.

  Background:
    Given Hana has taken on Dan as a manager

  Rule: Leave that is still waiting moves with the employee to the new manager

    Example: Hana moves Carol to Dan's team; Carol's pending request now waits for Dan, and Dan is told
      Given Carol has asked for 2 days of annual leave from the Monday of week 12 next year
      When Hana moves Carol to Dan's team
      Then Carol's request now waits for Dan
      And Dan is told that Carol's request now waits for him

    Example: Dan decides the request he was handed, and Carol hears his decision
      Given Carol has asked for 2 days of annual leave from the Monday of week 12 next year
      And Hana has moved Carol to Dan's team
      When Dan approves Carol's request
      Then Carol is told that her request was approved

    Example: Leave already decided stays with the manager who decided it
      Given Carol has 2 days of annual leave approved from the Monday of week 12 next year
      When Hana moves Carol to Dan's team
      Then Dan is not told about any of Carol's requests

  Rule: Everyone concerned hears about the move

    Example: Carol, her old manager and her new manager are told
      When Hana moves Carol to Dan's team
      Then Carol is told that her manager is now Dan
      And Bob is told that Carol has left his team
      And Dan is told that Carol has joined his team

  Rule: The reporting lines stay sound, and only HR changes them

    Example: Nobody reports to someone who is not a manager
      When Hana tries to move Carol to Alice's team
      Then Hana is told that Alice cannot be a manager
      And Carol still reports to Bob

    Example: Nobody ends up managing their own manager
      Given Hana has moved Dan to Bob's team
      When Hana tries to move Bob to Dan's team
      Then Hana is told that the move would make someone manage their own manager
      And Bob still reports to Hana

    Example: A manager cannot move people between teams
      When Bob tries to move Carol to Dan's team
      Then Bob is told that only HR may do that
      And Carol still reports to Bob
