@notifications
Feature: Told by e-mail when away
  Not everyone keeps the app open. A notification that its recipient has not read ten minutes after it
  arrived is sent to them by e-mail too, once, with a link to the request it is about. Someone who read it
  in the app in the meantime gets no e-mail: they know already. Every e-mail has a link that stops that
  kind of e-mail for its reader.

  Rule: A notification left unread for ten minutes is e-mailed, once

    Example: Bob is away; Alice's request reaches him by e-mail
      Given Alice has asked for 2 days of annual leave from the Monday of week 12 next year
      When 10 minutes pass
      Then Bob receives one e-mail saying that Alice asked for leave, with a link to her request

    Example: Not before ten minutes have passed
      Given Alice has asked for 2 days of annual leave from the Monday of week 12 next year
      When 9 minutes pass
      Then Bob has received no e-mail

  Rule: Whoever read it in the app gets no e-mail

    Example: Carol reads in the browser that her leave was approved, so no e-mail follows
      Given Carol has asked for 2 days of annual leave from the Monday of week 12 next year
      And Bob has approved Carol's request
      When Carol marks all her notifications as read
      And 10 minutes pass
      Then Carol has received no e-mail
      And Bob receives one e-mail saying that Carol asked for leave, with a link to her request

  Rule: The link in an e-mail stops that kind of e-mail, without logging in, and nothing else

    Example: Bob stops the e-mails about new requests; he still sees them in the app
      Given Alice has asked for 2 days of annual leave from the Monday of week 12 next year
      And 10 minutes have passed
      When Bob follows the link to stop such e-mails in his e-mail about Alice's request
      And Carol asks for 2 days of annual leave from the Monday of week 14 next year
      And 10 minutes pass
      Then Bob has received 1 e-mail
      And Bob is told that Carol asked for leave
