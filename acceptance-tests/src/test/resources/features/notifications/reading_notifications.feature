@notifications
Feature: Reading notifications
  A notification stays unread until its reader marks it read. The unread count is the same on every
  device the reader has open, so a badge never shows work that was already seen.

  Background:
    Given Alice has asked for 1 day of annual leave from the Monday of week 12 next year
    And Alice has asked for 1 day of annual leave from the Monday of week 13 next year
    And Bob is online on his laptop and his phone

  Example: Marking one notification read lowers the count everywhere
    When Bob marks his newest notification as read
    Then Bob has 1 unread notification
    And Bob's laptop and phone both show 1 unread notification

  Example: Marking everything read clears the count everywhere
    When Bob marks all his notifications as read
    Then Bob has 0 unread notifications
    And Bob's laptop and phone both show 0 unread notifications
