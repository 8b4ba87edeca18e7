@notifications
Feature: Reading notifications
  A notification stays unread until its reader marks it read, and can be marked unread again as a
  reminder. Archiving takes it out of the inbox and out of the count without losing it. The unread count
  is the same on every device the reader has open, so a badge never shows work that was already seen.

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

  Example: A notification marked unread again counts again everywhere
    Given Bob has marked all his notifications as read
    When Bob marks his newest notification as unread
    Then Bob has 1 unread notification
    And Bob's laptop and phone both show 1 unread notification

  Example: Archiving takes a notification out of the inbox and out of the count
    When Bob archives his newest notification
    Then Bob's inbox holds 1 notification and the archive 1
    And Bob has 1 unread notification
    And Bob's laptop and phone both show 1 unread notification

  Example: An archived notification can be brought back to the inbox
    Given Bob has archived his newest notification
    When Bob brings his archived notification back to the inbox
    Then Bob's inbox holds 2 notifications and the archive 0
    And Bob has 2 unread notifications
