@administration @security
Feature: Changing one's password
  Everyone can change their own password, as long as they know the current one.

  Example: Alice changes her password
    When Alice changes her password
    Then Alice signs in with her new password and no longer with the old one

  Example: The current password must be given right
    When Alice tries to change her password without giving the current one right
    Then Alice is told that the current password is wrong
