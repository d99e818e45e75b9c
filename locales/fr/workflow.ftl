# Textes que le CRM écrit dans les fiches au nom d’un utilisateur, dans la langue de cet utilisateur.

deal-first-next-step = Établir le premier contact avec le client.
deal-workflow-request = Demande
deal-product-shipped = Le produit a été expédié.
