# कामकाजी स्क्रीनें: नेविगेशन, सूचियाँ, फ़ॉर्म, कमांड पैलेट और शॉर्टकट।

## Common actions

action-new = { $entity } बनाएँ
action-cancel = रद्द करें
action-close = बंद करें
action-retry = फिर से कोशिश करें
action-back-to = { $list } पर वापस जाएँ

## Navigation

nav-label = मुख्य नेविगेशन
nav-home = अवलोकन
nav-pipeline = पाइपलाइन
nav-unknown = यह स्क्रीन मौजूद नहीं है।
nav-pending = पिछले दिनों से { $older } प्रतीक्षा में, आज { $today } प्राप्त
nav-group-sales = बिक्री
nav-group-customers = ग्राहक
nav-group-goods = उत्पाद और धन
nav-group-reference = संदर्भ सूचियाँ
nav-group-admin = प्रशासन

## Lists

list-count = { $count } रिकॉर्ड
list-empty = यहाँ अभी कुछ नहीं है।
list-loading = लोड हो रहा है…
list-search-placeholder = इस सूची में खोजें
list-mine = केवल मेरे
list-filters = फ़िल्टर
list-views = सहेजे गए दृश्य
list-view-name = दृश्य का नाम
list-view-save = दृश्य सहेजें
list-view-delete = दृश्य “{ $name }” हटाएँ
filter-any = कोई भी
filter-clear = फ़िल्टर साफ़ करें

## Bulk actions

bulk-label = चुने गए रिकॉर्डों पर कार्रवाइयाँ
bulk-selected = { $count } चुने गए
bulk-select-all = लोड किए गए सभी रिकॉर्ड चुनें
bulk-select-row = { $name } चुनें
bulk-owner = स्वामी बदलें
bulk-tag = टैग जोड़ें
bulk-delete = चुने गए हटाएँ
bulk-progress = { $total } में से { $done } पूरे
bulk-failed = रिकॉर्ड #{ $id }: { $message }

## Record form

record-save = सहेजें
record-saving = सहेजा जा रहा है…
record-saved = सहेजा गया।
record-revert = मेरे परिवर्तन पूर्ववत करें
record-delete = हटाएँ
record-delete-confirm = यह रिकॉर्ड हटाएँ? यह ट्रैश में चला जाएगा और इसे फिर से बहाल किया जा सकता है।
picker-search = खोजने के लिए टाइप करें…
picker-clear = चयन साफ़ करें
picker-remove = { $name } निकालें

## History

history-title = इतिहास
history-empty = अभी तक कोई परिवर्तन दर्ज नहीं हुआ है।
history-unavailable = इतिहास लोड नहीं किया जा सका।
history-system = Oriel CRM
history-action-create = बनाया गया
history-action-update = बदला गया
history-action-delete = हटाया गया
history-action-restore = बहाल किया गया
history-action-merge = मर्ज किया गया
history-action-purge = स्थायी रूप से हटाया गया

## Edit conflicts

conflict-title = जब आप इस रिकॉर्ड को संपादित कर रहे थे, तब किसी और ने इसे सहेज दिया
conflict-explanation = आपने जो भी टाइप किया, वह खोया नहीं है। हर अलग फ़ील्ड के लिए चुनें कि कौन-सा मान रखना है, फिर सहेजें।
conflict-field = फ़ील्ड
conflict-mine = आपने जो टाइप किया
conflict-stored = दूसरे व्यक्ति द्वारा सहेजा गया
conflict-base = जब आपने शुरू किया था
conflict-all-mine = मेरे सभी मान रखें
conflict-all-stored = उनके सभी मान लें
conflict-back = मेरे फ़ॉर्म पर वापस जाएँ
conflict-apply = मेरा चयन सहेजें

## Workflows

workflow-request-to-deal = डील में बदलें
workflow-open-deal = डील खोलें
workflow-lead-convert = कंपनी और संपर्क में बदलें
workflow-converted = लीड बदल दी गई है
workflow-company-created = नई कंपनी बनाई गई:
workflow-company-found = मौजूदा कंपनी मिली और उसका उपयोग किया गया:
workflow-contact-created = नया संपर्क बनाया गया:
workflow-contact-found = मौजूदा संपर्क मिला और उसका उपयोग किया गया:
workflow-record-payment = भुगतान दर्ज करें
workflow-merge = डुप्लिकेट मर्ज करें
workflow-merge-title = इस रिकॉर्ड को किसी दूसरे रिकॉर्ड में मर्ज करें
workflow-merge-explanation = यह रिकॉर्ड डुप्लिकेट है: इसके संबंधित रिकॉर्ड मूल रिकॉर्ड में चले जाते हैं, और यह हटा दिया जाता है।
workflow-merge-original = मूल रिकॉर्ड
workflow-merge-confirm = मूल रिकॉर्ड में मर्ज करें
workflow-transfer = स्वामी बदलें
workflow-transfer-title = यह कंपनी किसी दूसरे स्वामी को सौंपें
workflow-transfer-explanation = इसके संपर्क भी इसके साथ चले जाते हैं।
workflow-transfer-owner = नया स्वामी
workflow-transfer-confirm = सौंपें

## Command palette and shortcuts

palette-open = खोजें या कोई कमांड चलाएँ…
palette-shortcut = Ctrl K
palette-label = कमांड पैलेट
palette-placeholder = कोई भी रिकॉर्ड या कार्रवाई ढूँढें
palette-action = कार्रवाई
palette-nothing = कुछ नहीं मिला।
palette-searching = खोजा जा रहा है…
palette-go = { $area } पर जाएँ
palette-theme = रंग थीम बदलें
palette-language = भाषा: { $language }
shortcut-title = कीबोर्ड शॉर्टकट
shortcut-palette = कमांड पैलेट खोलें
shortcut-save = खुला फ़ॉर्म सहेजें
shortcut-new = इस सूची में नया रिकॉर्ड
shortcut-search = इस सूची में खोजें
shortcut-help = ये शॉर्टकट दिखाएँ
shortcut-go-requests = अनुरोधों पर जाएँ
shortcut-go-deals = डील पर जाएँ
shortcut-go-pipeline = पाइपलाइन पर जाएँ
shortcut-go-companies = कंपनियों पर जाएँ
shortcut-go-contacts = संपर्कों पर जाएँ
shortcut-go-leads = लीड पर जाएँ
shortcut-list-move = सूची में आगे-पीछे जाएँ और कोई पंक्ति खोलें
shortcut-close = डायलॉग बंद करें

## Theme and connection state

theme-switch = रंग थीम
theme-system = थीम: सिस्टम
theme-light = थीम: हल्की
theme-dark = थीम: गहरी
offline-message = डेटाबेस तक नहीं पहुँचा जा सकता। आपका टाइप किया हुआ सुरक्षित है; Oriel CRM हर कुछ सेकंड में फिर से कोशिश करता है।
offline-retry = अभी फिर से कोशिश करें

## Deal money

deal-money-amount = डील की राशि
deal-money-paid = भुगतान हो चुका
deal-money-expected = शेष अपेक्षित

## Form sections

section-person = व्यक्ति
section-reach = संपर्क का तरीका
section-place = पता
section-classification = वर्गीकरण
section-notes = नोट्स
section-company = कंपनी
section-ownership = स्वामी
section-inquiry = पूछताछ का विवरण
section-sender = प्रेषक
section-matches = मेल खाते रिकॉर्ड
section-state = स्थिति
section-deal = डील
section-money = धनराशि
section-counterparty = ग्राहक

## Trash

list-trash = ट्रैश
record-in-trash = यह रिकॉर्ड ट्रैश में है।
record-restore = बहाल करें

## Notifications

notices-button = सूचनाएँ
notices-open = सूचनाएँ, { $count } अपठित
notices-title = सूचनाएँ
notices-none = कोई सूचना नहीं।
notices-mark-all = सभी को पढ़ा हुआ चिह्नित करें

## Overview tiles

today-title = आज
today-requests = निपटाए जाने की प्रतीक्षा में अनुरोध
today-deals = मेरी सक्रिय डील
today-due = मेरे अगले कदम जो आज देय हैं या जिनकी तिथि निकल चुकी है
notices-while-away = आपकी अनुपस्थिति में
notices-include-own = स्वयं को सौंपे गए अनुरोधों की भी सूचना दें
