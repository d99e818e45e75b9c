# Mass mail (DOMAIN.md §12) and web forms (R-REQ-13, R-REQ-14): refusals, notices and the lines the
# CRM writes into mailing reports.

field-no_mailing_account = There are no mail accounts available for mailing. Please contact your administrator.
field-mixed_owners = Please select recipients only with the same owner.
field-no_recipients = Bad result - no recipients! Make another choice.
field-no_main_account = Please first add your main email account.
field-two_accounts_needed = At least two of your mail accounts are needed to send a test message.
field-mailings_differ = Only mailings of the same owner, recipient type and message can be merged.
field-after_later_than_before = The start date must not be later than the end date.

massmail-untitled = Untitled
massmail-united = (united)
massmail-unsubscribed-excluded = Unsubscribed users were excluded from the mailing list.
massmail-no-weekend-sending = Please note that mailings are not sent on Fridays, Saturdays and Sundays.
massmail-no-account-paused = You do not have an email account available for massmaling.
massmail-vip-only = Your only mailing account is your main account: this mailing can only reach VIP recipients.
massmail-default-unsubscribe-url = The unsubscribe link still leads to the default address. Please ask your administrator to set your own.
massmail-done = { $date } Done successfully.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } The account { $account } was refused: { $reason }
massmail-excluded = Number of excluded recipients: { $count }.
massmail-test-sent = A test message was sent to { $count } of your accounts.
massmail-account-refused-subject = Mass mail: the account { $account } was switched off
massmail-account-refused-text = The mail server refused the account { $account } ({ $sender }): { $reason }. Its mailings were marked as failed.

webform-thanks = Dear { $name }, thanks for your request!
webform-invalid-subject = Web form: invalid data
webform-invalid-text = A web form was posted with invalid data.
webform-unknown-source-subject = Web form: unknown lead source
webform-unknown-source-text = A web form was posted with a lead source token that matches no lead source.
webform-country-error-subject = Country name error.
webform-country-error-text = A web form named a country the CRM does not know: { $country }
webform-inquiry-content =
    Name: { $name }
    Phone: { $phone }
    E-mail: { $email }
    Company: { $company }
    Message: { $message }
