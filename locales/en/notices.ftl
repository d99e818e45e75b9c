# Notices and notification e-mails (DOMAIN.md §14), in the language of the user they are for.

notice-request-received = You received the request
notice-request-co-owner = You are the co-owner of the request
notice-deal-received = You received the deal
notice-deal-co-owner = You are the co-owner of the deal
notice-product-shipped = The product has been shipped.
notice-reminder = CRM Reminder: { $subject }
notice-no-email-address = { $username } has no e-mail address, so the e-mail “{ $subject }” did not reach them. Add an address to their user.

# R-NOTIF-5: what administrators are told.
admin-notice-invalid-web-form = A web form was posted with an unknown or invalid form token.
admin-notice-unknown-country = A country name was not recognised.
admin-notice-rate-provider = The exchange rates could not be loaded.
admin-notice-mailbox = A mailbox could not be read or used for sending.
admin-notice-massmail-account = A mass-mail account failed.
admin-notice-import = An import failed.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = New request assigned to you
announce-request-co-owner = You are now co-owner of a request
announce-while-away-title = While you were away: { $title }
announce-request-body = { $request } — assigned by { $by }
announce-while-away = While you were away
announce-while-away-count =
    { $count ->
        [one] One request was assigned to you.
       *[other] { $count } requests were assigned to you.
    }
announce-open = Open
