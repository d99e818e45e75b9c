# Notices and notification e-mails (DOMAIN.md §14), in the language of the user they are for.

notice-request-received = Ați primit cererea
notice-request-co-owner = Sunteți coproprietarul cererii
notice-deal-received = Ați primit tranzacția
notice-deal-co-owner = Sunteți coproprietarul tranzacției
notice-product-shipped = Produsul a fost expediat.
notice-reminder = Memento CRM: { $subject }
notice-no-email-address = { $username } nu are o adresă de e-mail, așa că e-mailul „{ $subject }” nu a ajuns la destinatar. Adăugați o adresă în contul său de utilizator.

# R-NOTIF-5: what administrators are told.
admin-notice-invalid-web-form = Un formular web a fost trimis cu un token de formular necunoscut sau nevalid.
admin-notice-unknown-country = Numele unei țări nu a fost recunoscut.
admin-notice-rate-provider = Cursurile de schimb nu au putut fi încărcate.
admin-notice-mailbox = O căsuță poștală nu a putut fi citită sau folosită pentru trimitere.
admin-notice-massmail-account = Un cont de trimitere în masă a eșuat.
admin-notice-import = Un import a eșuat.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Cerere nouă atribuită dvs.
announce-request-co-owner = Acum sunteți coproprietar al unei cereri
announce-while-away-title = Cât ați lipsit: { $title }
announce-request-body = { $request } — atribuită de { $by }
announce-while-away = Cât ați lipsit
announce-while-away-count =
    { $count ->
        [one] V-a fost atribuită o cerere.
        [few] V-au fost atribuite { $count } cereri.
       *[other] V-au fost atribuite { $count } de cereri.
    }
announce-open = Deschide
