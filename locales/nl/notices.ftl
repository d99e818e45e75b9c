# Notices and notification e-mails (DOMAIN.md §14), in the language of the user they are for.

notice-request-received = U hebt de aanvraag ontvangen
notice-request-co-owner = U bent mede-eigenaar van de aanvraag
notice-deal-received = U hebt de deal ontvangen
notice-deal-co-owner = U bent mede-eigenaar van de deal
notice-product-shipped = Het product is verzonden.
notice-reminder = CRM-herinnering: { $subject }
notice-no-email-address = { $username } heeft geen e-mailadres, dus de e-mail ‘{ $subject }’ heeft deze gebruiker niet bereikt. Voeg een adres toe aan de gebruiker.

# R-NOTIF-5: what administrators are told.
admin-notice-invalid-web-form = Er is een webformulier verzonden met een onbekend of ongeldig formuliertoken.
admin-notice-unknown-country = Een landnaam is niet herkend.
admin-notice-rate-provider = De wisselkoersen konden niet worden geladen.
admin-notice-mailbox = Een mailbox kon niet worden gelezen of gebruikt om te verzenden.
admin-notice-massmail-account = Een massamailaccount is mislukt.
admin-notice-import = Een import is mislukt.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Nieuwe aanvraag aan u toegewezen
announce-request-co-owner = U bent nu mede-eigenaar van een aanvraag
announce-while-away-title = Terwijl u weg was: { $title }
announce-request-body = { $request } — toegewezen door { $by }
announce-while-away = Terwijl u weg was
announce-while-away-count =
    { $count ->
        [one] Er is één aanvraag aan u toegewezen.
       *[other] Er zijn { $count } aanvragen aan u toegewezen.
    }
announce-open = Openen
