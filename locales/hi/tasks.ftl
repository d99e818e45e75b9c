# कार्य, परियोजनाएँ और कार्यालय ज्ञापन (DOMAIN.md §6.2, §11)।

field-subtask_one_responsible = यह एक उप-कार्य है, इसलिए केवल एक ज़िम्मेदार व्यक्ति बताएँ।
field-active_subtask = जब तक इसका कोई उप-कार्य सक्रिय है, मुख्य कार्य बंद नहीं किया जा सकता।

task-closed-automatically = मुख्य कार्य स्वचालित रूप से बंद हो गया है।
task-next-step-done = पूरा हुआ
deal-workflow-memo = कार्यालय ज्ञापन लिखा गया - { $name }

notice-memo-received = आपको कार्यालय ज्ञापन मिला है
notice-memo-subscribed = आपने इस कार्यालय ज्ञापन की सदस्यता ली है
notice-memo-reviewed = कार्यालय ज्ञापन की समीक्षा हो गई है
notice-work-responsible = आप इसके लिए ज़िम्मेदार हैं
notice-work-subscribed = आपने इसकी सदस्यता ली है
