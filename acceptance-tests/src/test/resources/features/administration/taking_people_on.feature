@administration
Feature: Taking people on
  HR adds the people who join, one at a time or a whole list at once. Each newcomer can sign in at once
  with the password HR gave them, and has their yearly annual leave. A list is added whole or not at
  all: if anything on it is wrong, HR is told what, and nobody is added.

  Example: Hana takes Erin on in Bob's team
    When Hana takes on Erin in Bob's team with 20 days of annual leave
    Then Erin can sign in with the password Hana gave her
    And Erin has 20 days of annual leave left next year
    And Erin reports to Bob

  Example: A username is never given twice
    When Hana tries to take on someone else with the username "alice"
    Then Hana is told that the username is taken

  Example: Hana adds a new team from a list, its manager listed after the people who report to him
    When Hana adds these people from a list:
      | username | name     | roles   | manager | days of annual leave |
      | erin     | Erin Eve |         | finn    | 20                   |
      | gus      | Gus Gray |         | finn    | 22                   |
      | finn     | Finn Fox | MANAGER |         | 25                   |
    Then Erin reports to Finn
    And Gus reports to Finn
    And Finn reports to nobody

  Example: A list with mistakes adds nobody, and Hana is told what is wrong
    When Hana tries to add these people from a list:
      | username | name     | roles | manager | days of annual leave |
      | finn     | Finn Fox |       | bob     | 25                   |
      | erin     | Erin Eve |       | alice   | 20                   |
      | gus      | Gus Gray |       | bob     | many                 |
    Then Hana is told what is wrong with the lines for Erin and Gus
    And nobody on the list was added
