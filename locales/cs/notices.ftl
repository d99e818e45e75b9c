# Notices and notification e-mails (DOMAIN.md §14), in the language of the user they are for.

notice-request-received = Byla vám přidělena poptávka
notice-request-co-owner = Jste spoluvlastníkem poptávky
notice-deal-received = Byl vám přidělen obchod
notice-deal-co-owner = Jste spoluvlastníkem obchodu
notice-product-shipped = Produkt byl expedován.
notice-reminder = Připomínka CRM: { $subject }
notice-no-email-address = Uživatel { $username } nemá e-mailovou adresu, proto mu e-mail „{ $subject }“ nebyl doručen. Doplňte adresu k jeho uživatelskému účtu.

# R-NOTIF-5: what administrators are told.
admin-notice-invalid-web-form = Z webového formuláře přišel neznámý nebo neplatný token formuláře.
admin-notice-unknown-country = Název země nebyl rozpoznán.
admin-notice-rate-provider = Směnné kurzy se nepodařilo načíst.
admin-notice-mailbox = Poštovní schránku se nepodařilo přečíst nebo použít k odesílání.
admin-notice-massmail-account = Selhal účet pro hromadné rozesílky.
admin-notice-import = Import selhal.

# R-NOTIF-4: the desktop notification of a newly assigned request.
announce-request-assigned = Byla vám přidělena nová poptávka
announce-request-co-owner = Nyní jste spoluvlastníkem poptávky
announce-while-away-title = Během vaší nepřítomnosti: { $title }
announce-request-body = { $request } — přidělil(a) { $by }
announce-while-away = Během vaší nepřítomnosti
announce-while-away-count =
    { $count ->
        [one] Byla vám přidělena jedna poptávka.
        [few] Byly vám přiděleny { $count } poptávky.
       *[other] Bylo vám přiděleno { $count } poptávek.
    }
announce-open = Otevřít
