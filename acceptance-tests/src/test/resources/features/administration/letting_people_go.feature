@administration @security
Feature: Letting people go
  When someone leaves, HR deactivates them, and from that moment they can no longer use the system: not
  by signing in again, not with the pass they already hold, and not on a device that is still open.
  A manager stays until the people in their team have another manager.

  Example: Someone deactivated can no longer sign in, and their pass no longer works
    Given Alice has signed in
    When Hana deactivates Alice
    Then Alice can no longer sign in
    And the pass Alice signed in with is no longer accepted

  Example: A device that is still open is disconnected at once, and told why
    Given Alice is online on her laptop
    When Hana deactivates Alice
    Then Alice's laptop is disconnected, telling her that the account is no longer active

  Example: A manager stays until the people in the team have another manager
    When Hana tries to deactivate Bob
    Then Hana is told that Bob still manages people
    And Bob can still sign in
