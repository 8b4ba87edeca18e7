@security @notifications
Feature: Keeping notifications private
  A person's notifications are theirs alone: nobody else can read them, mark them, or listen in on
  them, and nobody gets in without a valid pass.

  Background:
    Given Alice has asked for 1 day of annual leave from the Monday of week 12 next year

  Rule: Nobody reads or changes someone else's notifications

    Example: Alice cannot mark Bob's notification as read
      When Alice tries to mark Bob's newest notification as read
      Then Alice is told that there is no such notification
      And Bob has 1 unread notification

    Example: Alice's notifications never include Bob's
      When Alice looks at her notifications
      Then she sees none of Bob's notifications

  @over-the-wire
  Rule: Only the intended person can listen, and only with a valid pass

    Example: Alice cannot listen in on Bob's notifications
      When Alice tries to listen to Bob's notifications
      Then Alice is refused

    Example: An expired pass is refused
      When Alice tries to connect with a pass that has expired
      Then Alice is refused because her pass has expired

    Example: A forged pass is refused
      When Alice tries to connect with a forged pass
      Then Alice is refused because her pass is not genuine
