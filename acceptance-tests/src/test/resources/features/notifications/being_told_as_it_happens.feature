@notifications
Feature: Being told as it happens
  People who are online hear about leave decisions the moment they happen, on every device they have
  open. People who are offline miss nothing: everything waits for them, and they are told what they
  missed when they come back, once each and in order.

  Rule: Someone who is online is told at once, on every device

    Example: Bob sees Alice's request on his laptop and on his phone
      Given Bob is online on his laptop and his phone
      When Alice asks for 3 days of annual leave from the Monday of week 12 next year
      Then Bob's laptop shows that Alice asked for leave
      And Bob's phone shows that Alice asked for leave
      And Bob's laptop and phone both show 1 unread notification

  Rule: Someone who is offline finds everything when they come back

    Example: Bob was away when Alice asked
      Given Bob is offline
      When Alice asks for 3 days of annual leave from the Monday of week 12 next year
      Then nothing was shown to Bob
      And Bob finds in his notifications that Alice asked for leave
      And Bob has 1 unread notification

    Example: Bob's phone catches up on what it missed while it was offline
      Given Bob is online on his phone
      And Alice has asked for 1 day of annual leave from the Monday of week 12 next year
      And Bob's phone has shown 1 notification
      And Bob's phone has gone offline
      And Alice has asked for 1 day of annual leave from the Monday of week 13 next year
      And Alice has asked for 1 day of annual leave from the Monday of week 14 next year
      When Bob's phone comes back online
      Then Bob's phone shows the 2 requests it missed, once each, oldest first
