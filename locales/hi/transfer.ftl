# कंपनियों, संपर्कों और लीड का आयात और निर्यात (R-IMP-1, R-IMP-2): आयात की गई शीट की हर छोड़ी गई
# या विफल पंक्ति के लिए परिणाम की एक पंक्ति।

import-already-exists = पहले से मौजूद है: { $name } ({ $country })
import-already-exists-nowhere = पहले से मौजूद है: { $name }
import-invalid-email = कोई मान्य ईमेल पता नहीं: { $name }
import-company-not-found = कंपनी नहीं मिली: { $name }
import-row-refused = { $column }: { $message }
