# CRM e-mail (R-EMAIL): field messages, the texts added to letters, and what the user is told.

field-not_allowed_address = Not allowed address: { $address }
field-no_recipient = No recipient
field-empty_letter = Please fill in the subject and text of the letter.
field-no_sending_account = To send a message you need to have an email account marked as main.
field-sent_from_crm = This message was sent from the CRM; it is stored already.
field-not_an_inquiry = Only an incoming e-mail marked as an inquiry becomes a request.

# R-EMAIL-9: closes a letter of a deal or a request; the ticket keeps the correspondence together.
email-keep-ticket = Your request has been given the ticket [ticket:{ $ticket }]. Please keep it in the subject of your replies so that we can find our correspondence at once.

# R-EMAIL-4: what the sender is told, and what the deal's workflow records.
email-sent-to = The Email has been sent to "{ $recipient }"
email-sent-to-cc = The Email has been sent to "{ $recipient }", "{ $cc }"
email-send-failed = Failed: { $error }
# R-DEAL-6, R-EMAIL-10: the deal's workflow line for a received e-mail.
email-received-from = Received an email from "{ $sender }"

# R-EMAIL-5: the header above quoted or forwarded correspondence.
email-reply-header = On { $date }, { $sender } wrote:
email-forward-header =
    ---------- Forwarded message ----------
    From: { $sender }
    Date: { $date }
    Subject: { $subject }
    To: { $to }

# R-EMAIL-11: the outbox list's note.
email-outbox-note = Please note that this is a list of unsent emails.
