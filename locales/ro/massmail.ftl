# Mass mail (DOMAIN.md §12) and web forms (R-REQ-13, R-REQ-14): refusals, notices and the lines the
# CRM writes into mailing reports.

field-no_mailing_account = Nu există conturi de e-mail disponibile pentru campanii. Contactați administratorul.
field-mixed_owners = Selectați doar destinatari cu același proprietar.
field-no_recipients = Rezultat nefavorabil – niciun destinatar! Faceți o altă selecție.
field-no_main_account = Adăugați mai întâi contul dumneavoastră principal de e-mail.
field-two_accounts_needed = Pentru a trimite un mesaj de test sunt necesare cel puțin două dintre conturile dumneavoastră de e-mail.
field-mailings_differ = Se pot uni doar campaniile cu același proprietar, același tip de destinatari și același mesaj.
field-after_later_than_before = Data de început nu trebuie să fie ulterioară datei de sfârșit.

massmail-untitled = Fără titlu
massmail-united = (unită)
massmail-unsubscribed-excluded = Utilizatorii dezabonați au fost excluși din lista de distribuție.
massmail-no-weekend-sending = Rețineți că vinerea, sâmbăta și duminica nu se trimit campanii.
massmail-no-account-paused = Nu aveți niciun cont de e-mail disponibil pentru trimiteri în masă.
massmail-vip-only = Singurul dumneavoastră cont pentru campanii este contul principal: această campanie poate ajunge doar la destinatarii VIP.
massmail-default-unsubscribe-url = Linkul de dezabonare duce încă la adresa implicită. Rugați administratorul să o seteze pe a dumneavoastră.
massmail-done = { $date } Finalizat cu succes.
massmail-recipient-failed = { $date } { $recipient }: { $reason }
massmail-account-failed = { $date } Contul { $account } a fost refuzat: { $reason }
massmail-excluded = Număr de destinatari excluși: { $count }.
massmail-test-sent =
    { $count ->
        [one] Un mesaj de test a fost trimis către { $count } cont al dumneavoastră.
        [few] Un mesaj de test a fost trimis către { $count } conturi ale dumneavoastră.
       *[other] Un mesaj de test a fost trimis către { $count } de conturi ale dumneavoastră.
    }
massmail-account-refused-subject = Trimitere în masă: contul { $account } a fost dezactivat
massmail-account-refused-text = Serverul de e-mail a refuzat contul { $account } ({ $sender }): { $reason }. Campaniile sale au fost marcate ca eșuate.

webform-thanks = { $name }, vă mulțumim pentru cerere!
webform-invalid-subject = Formular web: date nevalide
webform-invalid-text = Un formular web a fost trimis cu date nevalide.
webform-unknown-source-subject = Formular web: sursă de lead-uri necunoscută
webform-unknown-source-text = Un formular web a fost trimis cu un token de sursă care nu corespunde niciunei surse de lead-uri.
# The English words stay in front: R-REQ-13 step 4 promises them in the subject, whatever the language.
webform-country-error-subject = Country name error. Eroare la numele țării.
webform-country-error-text = Un formular web a indicat o țară pe care CRM-ul nu o cunoaște: { $country }
webform-inquiry-content =
    Nume: { $name }
    Telefon: { $phone }
    E-mail: { $email }
    Companie: { $company }
    Mesaj: { $message }
