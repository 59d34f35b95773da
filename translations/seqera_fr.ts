<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>seqera::Browser</name>
    <message>
        <source>no command to start</source>
        <translation>aucune commande à lancer</translation>
    </message>
    <message>
        <source>%1 was not found</source>
        <translation>%1 est introuvable</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 n’a pas pu être lancé</translation>
    </message>
</context>
<context>
    <name>seqera::DeviceFlow</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 does not offer device login. Use &quot;seqera login --no-browser&quot; and open the URL on a machine that can reach this one.</source>
        <translation>Le serveur de connexion à l’adresse %1 ne propose pas la connexion par appareil. Utilisez « seqera login --no-browser » et ouvrez l’URL sur une machine qui peut joindre celle-ci.</translation>
    </message>
    <message>
        <source>device authorization request</source>
        <translation>demande d’autorisation d’appareil</translation>
    </message>
    <message>
        <source>The device authorization answer lacks a code or a verification URL.</source>
        <translation>La réponse d’autorisation d’appareil ne contient pas de code ou d’URL de vérification.</translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was confirmed. Run &quot;seqera login --device&quot; again.</source>
        <translation>Le code d’appareil a expiré avant la confirmation de la connexion. Relancez « seqera login --device ».</translation>
    </message>
    <message>
        <source>token request</source>
        <translation>demande de jeton</translation>
    </message>
    <message>
        <source>The sign-in was refused on the verification page (access_denied).</source>
        <translation>La connexion a été refusée sur la page de vérification (access_denied).</translation>
    </message>
    <message>
        <source>The sign-in server answered without an access token.</source>
        <translation>Le serveur de connexion a répondu sans jeton d’accès.</translation>
    </message>
</context>
<context>
    <name>seqera::Error</name>
    <message>
        <source>The Seqera AI backend refused the access token (HTTP 401).</source>
        <translation>Le service Seqera AI a refusé le jeton d’accès (HTTP 401).</translation>
    </message>
    <message>
        <source>The Seqera AI backend says you have reached your usage limit (HTTP 429). Try again later.</source>
        <translation>Le service Seqera AI indique que vous avez atteint votre limite d’utilisation (HTTP 429). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The Seqera AI backend denied access (HTTP 403): %1</source>
        <translation>Le service Seqera AI a refusé l’accès (HTTP 403) : %1</translation>
    </message>
    <message>
        <source>The Seqera AI backend had a problem (HTTP %1 from %2). Nothing was lost; try again in a moment.%3</source>
        <translation>Le service Seqera AI a rencontré un problème (HTTP %1 de %2). Rien n’a été perdu ; réessayez dans un instant.%3</translation>
    </message>
    <message>
        <source>The Seqera AI backend rejected the request (HTTP %1 from %2): %3</source>
        <translation>Le service Seqera AI a rejeté la requête (HTTP %1 de %2) : %3</translation>
    </message>
    <message>
        <source>The Seqera AI backend at %1 did not answer in time. Check the network or SEQERA_AI_BACKEND_URL, then try again.</source>
        <translation>Le service Seqera AI à l’adresse %1 n’a pas répondu à temps. Vérifiez le réseau ou SEQERA_AI_BACKEND_URL, puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach the Seqera AI backend at %1: %2. Check the network or SEQERA_AI_BACKEND_URL, then try again.</source>
        <translation>Impossible de joindre le service Seqera AI à l’adresse %1 : %2. Vérifiez le réseau ou SEQERA_AI_BACKEND_URL, puis réessayez.</translation>
    </message>
    <message>
        <source>The Seqera AI backend at %1 answered with HTTP status %2, which this client does not understand.</source>
        <translation>Le service Seqera AI à l’adresse %1 a répondu avec le statut HTTP %2, que ce client ne comprend pas.</translation>
    </message>
    <message>
        <source>The Seqera AI backend did not return a session id. Check SEQERA_AI_BACKEND_URL.</source>
        <translation>Le service Seqera AI n’a pas renvoyé d’identifiant de session. Vérifiez SEQERA_AI_BACKEND_URL.</translation>
    </message>
</context>
<context>
    <name>seqera::KeychainSecretStore</name>
    <message>
        <source>The system keyring did not answer within %1 ms. It may be locked or waiting for a password: unlock it and try again. Nothing was changed.</source>
        <translation>Le trousseau du système n’a pas répondu en %1 ms. Il est peut-être verrouillé ou attend un mot de passe : déverrouillez-le et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The system keyring refused the request: %1. Unlock it and try again. Nothing was changed.</source>
        <translation>Le trousseau du système a refusé la demande : %1. Déverrouillez-le et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>system keyring (Secret Service)</source>
        <translation>trousseau du système (Secret Service)</translation>
    </message>
    <message>
        <source>The system keyring did not return what was stored in it.</source>
        <translation>Le trousseau du système n’a pas renvoyé ce qui y était enregistré.</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
</context>
<context>
    <name>seqera::LoginFlow</name>
    <message>
        <source>The sign-in server does not support PKCE with S256, which this client requires for a safe login.</source>
        <translation>Le serveur de connexion ne prend pas en charge PKCE avec S256, que ce client exige pour une connexion sûre.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 ports %1-%2 for the sign-in callback. Close the program using them or set SEQERA_AUTH_REDIRECT_PORT to a free port.</source>
        <translation>Impossible d’écouter sur les ports %1-%2 de 127.0.0.1 pour le retour de connexion. Fermez le programme qui les utilise ou donnez à SEQERA_AUTH_REDIRECT_PORT un port libre.</translation>
    </message>
    <message>
        <source>The sign-in was not completed (%1). Run &quot;seqera login&quot; to try again.</source>
        <translation>La connexion n’a pas abouti (%1). Lancez « seqera login » pour réessayer.</translation>
    </message>
    <message>
        <source>The sign-in server did not answer the token request in time. Run &quot;seqera login&quot; to try again.</source>
        <translation>Le serveur de connexion n’a pas répondu à temps à la demande de jeton. Lancez « seqera login » pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in arrived from the browser within %n second(s). Run &quot;seqera login&quot; to try again.</source>
        <translation>
            <numerusform>Aucune connexion n’est arrivée du navigateur en %n seconde. Lancez « seqera login » pour réessayer.</numerusform>
            <numerusform>Aucune connexion n’est arrivée du navigateur en %n secondes. Lancez « seqera login » pour réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The identity token was not issued by %1 for this client; the login was refused.</source>
        <translation>Le jeton d’identité n’a pas été émis par %1 pour ce client ; la connexion a été refusée.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>You signed in, but the session could not be saved: %1</source>
        <translation>Vous êtes connecté, mais la session n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Signed in to Seqera</source>
        <translation>Connecté à Seqera</translation>
    </message>
    <message>
        <source>You are signed in as %1. You can close this window and return to the terminal.</source>
        <translation>Vous êtes connecté en tant que %1. Vous pouvez fermer cette fenêtre et revenir au terminal.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>seqera::LoopbackServer</name>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <source>The sign-in was cancelled. You can close this window.</source>
        <translation>La connexion a été annulée. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>This request was refused.</source>
        <translation>Cette requête a été refusée.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>This request was not understood.</source>
        <translation>Cette requête n’a pas été comprise.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This address only receives the answer of a Seqera sign-in.</source>
        <translation>Cette adresse reçoit uniquement la réponse d’une connexion Seqera.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Sign-in already finished</source>
        <translation>Connexion déjà terminée</translation>
    </message>
    <message>
        <source>This sign-in has already been completed. You can close this window.</source>
        <translation>Cette connexion est déjà terminée. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>Connexion non reconnue</translation>
    </message>
    <message>
        <source>This request does not belong to the sign-in in progress and was ignored. Finish the sign-in in the window it opened, or run &quot;seqera login&quot; again.</source>
        <translation>Cette requête n’appartient pas à la connexion en cours et a été ignorée. Terminez la connexion dans la fenêtre qu’elle a ouverte, ou relancez « seqera login ».</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>The sign-in ended with the error &quot;%1&quot;. Return to the terminal for details.</source>
        <translation>La connexion s’est terminée avec l’erreur « %1 ». Revenez au terminal pour les détails.</translation>
    </message>
    <message>
        <source>The sign-in ended with the error &quot;%1&quot;: %2. Return to the terminal for details.</source>
        <translation>La connexion s’est terminée avec l’erreur « %1 » : %2. Revenez au terminal pour les détails.</translation>
    </message>
    <message>
        <source>Sign-in incomplete</source>
        <translation>Connexion incomplète</translation>
    </message>
    <message>
        <source>This request carries no authorization code and was ignored.</source>
        <translation>Cette requête ne contient pas de code d’autorisation et a été ignorée.</translation>
    </message>
    <message>
        <source>This request repeats the parameter &quot;%1&quot; and was ignored.</source>
        <translation>Cette requête répète le paramètre « %1 » et a été ignorée.</translation>
    </message>
</context>
<context>
    <name>seqera::PlatformClient</name>
    <message>
        <source>Platform user-info request</source>
        <translation>demande d’informations utilisateur de Platform</translation>
    </message>
    <message>
        <source>The Platform at %1 answered the user-info request without a user.</source>
        <translation>Platform à l’adresse %1 a répondu à la demande d’informations utilisateur sans utilisateur.</translation>
    </message>
    <message>
        <source>Platform service-info request</source>
        <translation>demande d’informations de service de Platform</translation>
    </message>
    <message>
        <source>userinfo request</source>
        <translation>demande userinfo</translation>
    </message>
</context>
<context>
    <name>seqera::ProfileLock</name>
    <message numerus="yes">
        <source>Another seqera process has been renewing this session for more than %n second(s). Try again in a moment.</source>
        <translation>
            <numerusform>Un autre processus seqera renouvelle cette session depuis plus de %n seconde. Réessayez dans un instant.</numerusform>
            <numerusform>Un autre processus seqera renouvelle cette session depuis plus de %n secondes. Réessayez dans un instant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqera::ProviderMetadata</name>
    <message>
        <source>sign-in configuration request</source>
        <translation>demande de configuration de connexion</translation>
    </message>
    <message>
        <source>The sign-in configuration at %1 lacks an authorization or token endpoint. Check SEQERA_AUTH_DOMAIN.</source>
        <translation>La configuration de connexion à l’adresse %1 n’a pas de point de terminaison d’autorisation ou de jeton. Vérifiez SEQERA_AUTH_DOMAIN.</translation>
    </message>
    <message>
        <source>Refusing to sign in over plain HTTP to %1: use an https:// address (plain http is only allowed on this machine&apos;s loopback address).</source>
        <translation>Connexion en HTTP non chiffré à %1 refusée : utilisez une adresse https:// (le http non chiffré n’est permis que sur l’adresse de bouclage de cette machine).</translation>
    </message>
    <message>
        <source>The sign-in configuration at %1 names a plain-HTTP endpoint (%2); refusing to send credentials there.</source>
        <translation>La configuration de connexion à l’adresse %1 indique un point de terminaison en HTTP non chiffré (%2) ; aucun identifiant n’y sera envoyé.</translation>
    </message>
</context>
<context>
    <name>seqera::Renewal</name>
    <message>
        <source>Not logged in (profile &quot;%1&quot;). Run &quot;seqera login&quot; to sign in.</source>
        <translation>Non connecté (profil « %1 »). Lancez « seqera login » pour vous connecter.</translation>
    </message>
    <message>
        <source>The session of profile &quot;%1&quot; has expired and cannot be renewed. Please run: seqera login</source>
        <translation>La session du profil « %1 » a expiré et ne peut pas être renouvelée. Veuillez lancer : seqera login</translation>
    </message>
    <message>
        <source>The stored credentials of profile &quot;%1&quot; (%2) are damaged. Run &quot;seqera logout&quot; to clean up, then &quot;seqera login&quot;.</source>
        <translation>Les identifiants enregistrés du profil « %1 » (%2) sont endommagés. Lancez « seqera logout » pour nettoyer, puis « seqera login ».</translation>
    </message>
    <message>
        <source>The session of profile &quot;%1&quot; was removed meanwhile. Run &quot;seqera login&quot; to sign in.</source>
        <translation>La session du profil « %1 » a été supprimée entre-temps. Lancez « seqera login » pour vous connecter.</translation>
    </message>
    <message>
        <source>The renewed session could not be saved (%1; %2). Run &quot;seqera login&quot; again.</source>
        <translation>La session renouvelée n’a pas pu être enregistrée (%1 ; %2). Relancez « seqera login ».</translation>
    </message>
    <message>
        <source>The credentials of profile &quot;%1&quot; could not be read from the system keyring. If it is locked, unlock it and try again; if they were deleted, run &quot;seqera login&quot;.</source>
        <translation>Les identifiants du profil « %1 » n’ont pas pu être lus dans le trousseau du système. S’il est verrouillé, déverrouillez-le et réessayez ; s’ils ont été supprimés, lancez « seqera login ».</translation>
    </message>
    <message>
        <source>The credentials of profile &quot;%1&quot; are missing from %2. Run &quot;seqera login&quot; to sign in again.</source>
        <translation>Les identifiants du profil « %1 » manquent dans %2. Lancez « seqera login » pour vous reconnecter.</translation>
    </message>
    <message>
        <source>The session of profile &quot;%1&quot; must be renewed, but the renewed credentials could not be stored (%2). Free some disk space or make the folder writable, then try again. Nothing was changed.</source>
        <translation>La session du profil « %1 » doit être renouvelée, mais les identifiants renouvelés n’ont pas pu être enregistrés (%2). Libérez de l’espace disque ou rendez le dossier accessible en écriture, puis réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not renew the session of profile &quot;%1&quot;: %2 The stored session was kept; try again later.</source>
        <translation>Impossible de renouveler la session du profil « %1 » : %2 La session enregistrée a été conservée ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the stored access token of profile &quot;%1&quot;, and it cannot be renewed. Please run: seqera login</source>
        <translation>Le serveur a refusé le jeton d’accès enregistré du profil « %1 », et il ne peut pas être renouvelé. Veuillez lancer : seqera login</translation>
    </message>
</context>
<context>
    <name>seqera::SecureFile</name>
    <message>
        <source>Could not create the folder %1. Check that you can write there.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was changed.</source>
        <translation>Impossible d’écrire %1 : %2. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The previous version was kept.</source>
        <translation>Impossible d’écrire %1 : %2. La version précédente a été conservée.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2.</source>
        <translation>Impossible de supprimer %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
</context>
<context>
    <name>seqera::SessionManager</name>
    <message>
        <source>Warning: no usable system keyring (%1). Credentials will be stored in a file readable only by you: %2</source>
        <translation>Avertissement : aucun trousseau du système utilisable (%1). Les identifiants seront enregistrés dans un fichier lisible par vous seul : %2</translation>
    </message>
    <message>
        <source>The sign-in server offers no revocation; the server-side session stays valid until it expires.</source>
        <translation>Le serveur de connexion ne propose pas de révocation ; la session côté serveur reste valide jusqu’à son expiration.</translation>
    </message>
    <message>
        <source>Could not revoke the session on the server (%1). It may remain valid there until it expires.</source>
        <translation>Impossible de révoquer la session sur le serveur (%1). Elle peut y rester valide jusqu’à son expiration.</translation>
    </message>
    <message>
        <source>The credentials were not found in the system keyring (it may be locked), so the session could not be revoked on the server. It stays valid there until it expires.</source>
        <translation>Les identifiants sont introuvables dans le trousseau du système (il est peut-être verrouillé) : la session n’a donc pas pu être révoquée sur le serveur. Elle y reste valide jusqu’à son expiration.</translation>
    </message>
</context>
<context>
    <name>seqera::SessionMetadata</name>
    <message>
        <source>The session file %1 is damaged and cannot be used. Run &quot;seqera logout&quot; to clean up, then &quot;seqera login&quot;.</source>
        <translation>Le fichier de session %1 est endommagé et inutilisable. Lancez « seqera logout » pour nettoyer, puis « seqera login ».</translation>
    </message>
</context>
<context>
    <name>seqera::TokenClient</name>
    <message>
        <source>token revocation</source>
        <translation>révocation de jeton</translation>
    </message>
    <message>
        <source>The token endpoint at %1 did not answer the renewal in time.</source>
        <translation>Le point de terminaison de jeton à l’adresse %1 n’a pas répondu à temps au renouvellement.</translation>
    </message>
</context>
<context>
    <name>seqera::TokenReplyHandler</name>
    <message>
        <source>The sign-in server no longer accepts this session (%1). Please run: seqera login</source>
        <translation>Le serveur de connexion n’accepte plus cette session (%1). Veuillez lancer : seqera login</translation>
    </message>
    <message>
        <source>The sign-in server refused access: %1</source>
        <translation>Le serveur de connexion a refusé l’accès : %1</translation>
    </message>
    <message>
        <source>The sign-in server at %1 refused the token request (HTTP %2: %3).</source>
        <translation>Le serveur de connexion à l’adresse %1 a refusé la demande de jeton (HTTP %2 : %3).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>token request</source>
        <translation>demande de jeton</translation>
    </message>
    <message>
        <source>The sign-in server at %1 answered without an access token.</source>
        <translation>Le serveur de connexion à l’adresse %1 a répondu sans jeton d’accès.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 failed to issue a token (HTTP %2).</source>
        <translation>Le serveur de connexion à l’adresse %1 n’a pas pu émettre de jeton (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>seqera::TokenResolver</name>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>profil « %1 »</translation>
    </message>
    <message>
        <source>The access token from %1 was refused (HTTP 401). Check that it is a valid, unexpired Seqera Platform access token.</source>
        <translation>Le jeton d’accès de %1 a été refusé (HTTP 401). Vérifiez qu’il s’agit d’un jeton d’accès Seqera Platform valide et non expiré.</translation>
    </message>
</context>
<context>
    <name>seqera::ai::AiBackendClient</name>
    <message>
        <source>The assistant reported an error without details.</source>
        <translation>L’assistant a signalé une erreur sans détails.</translation>
    </message>
    <message>
        <source>The answer stream ended before the answer was complete.</source>
        <translation>Le flux de la réponse s’est terminé avant que la réponse soit complète.</translation>
    </message>
    <message numerus="yes">
        <source>The answer stream broke off and could not be resumed after %n attempt(s) (%1). The answer is incomplete: check the network and ask again.</source>
        <translation>
            <numerusform>Le flux de la réponse s’est interrompu et n’a pas pu reprendre après %n tentative (%1). La réponse est incomplète : vérifiez le réseau et posez la question à nouveau.</numerusform>
            <numerusform>Le flux de la réponse s’est interrompu et n’a pas pu reprendre après %n tentatives (%1). La réponse est incomplète : vérifiez le réseau et posez la question à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqera::ai::ApprovalPolicy</name>
    <message>
        <source>Running a linter starts programs, which the basic approval mode does not allow without asking.</source>
        <translation>Lancer un linter démarre des programmes, ce que le mode d’approbation « basic » n’autorise pas sans demander.</translation>
    </message>
    <message>
        <source>The basic approval mode does not allow changing files (%1) without asking.</source>
        <translation>Le mode d’approbation « basic » n’autorise pas la modification de fichiers (%1) sans demander.</translation>
    </message>
    <message>
        <source>%1 is outside the working directory %2.</source>
        <translation>%1 se trouve hors du répertoire de travail %2.</translation>
    </message>
    <message>
        <source>The command uses a dangerous program (%1), which always needs approval.</source>
        <translation>La commande utilise un programme dangereux (%1), qui demande toujours une approbation.</translation>
    </message>
    <message>
        <source>The command is not read-only, which the %1 approval mode does not allow without asking.</source>
        <translation>La commande n’est pas en lecture seule, ce que le mode d’approbation « %1 » n’autorise pas sans demander.</translation>
    </message>
</context>
<context>
    <name>seqera::ai::LocalTools</name>
    <message>
        <source>
[output truncated: %1 of %2 bytes shown]</source>
        <translation>
[sortie tronquée : %1 octets affichés sur %2]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 est un répertoire, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 n’est pas un répertoire.</translation>
    </message>
    <message numerus="yes">
        <source>
[%n more entries not listed]</source>
        <translation>
            <numerusform>
[%n autre entrée non listée]</numerusform>
            <numerusform>
[%n autres entrées non listées]</numerusform>
        </translation>
    </message>
    <message>
        <source>No search pattern given.</source>
        <translation>Aucun motif de recherche indiqué.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the directory of %1.</source>
        <translation>Impossible de créer le répertoire de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n byte(s) to %1.</source>
        <translation>
            <numerusform>%n octet écrit dans %1.</numerusform>
            <numerusform>%n octets écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>old_str is empty: say which text to replace.</source>
        <translation>old_str est vide : indiquez quel texte remplacer.</translation>
    </message>
    <message>
        <source>The text to replace was not found in %1.</source>
        <translation>Le texte à remplacer est introuvable dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>The text to replace occurs %n times in %1: give more context so it is unique.</source>
        <translation>
            <numerusform>Le texte à remplacer apparaît %n fois dans %1 : donnez plus de contexte pour qu’il soit unique.</numerusform>
            <numerusform>Le texte à remplacer apparaît %n fois dans %1 : donnez plus de contexte pour qu’il soit unique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited %1.</source>
        <translation>%1 modifié.</translation>
    </message>
    <message numerus="yes">
        <source>
The command was stopped after %n second(s) without finishing.</source>
        <translation>
            <numerusform>
La commande a été arrêtée après %n seconde sans avoir terminé.</numerusform>
            <numerusform>
La commande a été arrêtée après %n secondes sans avoir terminé.</numerusform>
        </translation>
    </message>
    <message>
        <source>
The command was cancelled.</source>
        <translation>
La commande a été annulée.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>seqera::cli::AiCommand</name>
    <message>
        <source>Cancelling the answer...</source>
        <translation>Annulation de la réponse...</translation>
    </message>
    <message>
        <source>(Type &quot;exit&quot; or press Ctrl-D to leave.)</source>
        <translation>(Tapez « exit » ou appuyez sur Ctrl-D pour quitter.)</translation>
    </message>
    <message>
        <source>No earlier conversation in this directory: starting a new one.</source>
        <translation>Aucune conversation précédente dans ce répertoire : une nouvelle commence.</translation>
    </message>
    <message>
        <source>Resumed conversation %1.</source>
        <translation>Conversation %1 reprise.</translation>
    </message>
    <message>
        <source>Seqera AI (approval mode: %1). Type &quot;exit&quot; or press Ctrl-D to leave, Ctrl-C to stop an answer.</source>
        <translation>Seqera AI (mode d’approbation : %1). Tapez « exit » ou appuyez sur Ctrl-D pour quitter, Ctrl-C pour arrêter une réponse.</translation>
    </message>
    <message>
        <source>The Seqera AI backend refused the renewed access token from %1 too. Run &quot;seqera login&quot; and try again.</source>
        <translation>Le service Seqera AI a aussi refusé le jeton d’accès renouvelé de %1. Lancez « seqera login » et réessayez.</translation>
    </message>
    <message>
        <source>[tool] %1</source>
        <translation>[outil] %1</translation>
    </message>
    <message>
        <source>[tool done] %1</source>
        <translation>[outil terminé] %1</translation>
    </message>
    <message>
        <source>The answer was cancelled.</source>
        <translation>La réponse a été annulée.</translation>
    </message>
    <message>
        <source>The answer ended early (reason: %1).</source>
        <translation>La réponse s’est terminée prématurément (raison : %1).</translation>
    </message>
    <message>
        <source>Seqera AI reported an error: %1</source>
        <translation>Seqera AI a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>(Compacting the conversation...)</source>
        <translation>(Compactage de la conversation...)</translation>
    </message>
    <message>
        <source>[running] %1</source>
        <translation>[en cours] %1</translation>
    </message>
    <message>
        <source>[refused] %1: %2</source>
        <translation>[refusé] %1 : %2</translation>
    </message>
    <message>
        <source>Refused without asking, because seqera ai runs headless: %1 Run it in a terminal to approve the tool, or choose a wider --approval-mode.</source>
        <translation>Refusé sans demander, car seqera ai s’exécute sans terminal : %1 Lancez-le dans un terminal pour approuver l’outil, ou choisissez un --approval-mode plus large.</translation>
    </message>
    <message>
        <source>Seqera AI wants to run %1
%2
Approve or Reject? [a/r] </source>
        <translation>Seqera AI veut exécuter %1
%2
Approuver ou rejeter ? [a/r] </translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Rejeté.</translation>
    </message>
    <message>
        <source>The user rejected this tool call.</source>
        <translation>L’utilisateur a rejeté cet appel d’outil.</translation>
    </message>
    <message>
        <source>[exit code %1]</source>
        <translation>[code de sortie %1]</translation>
    </message>
    <message>
        <source>warning: could not send the tool&apos;s result: %1</source>
        <translation>avertissement : impossible d’envoyer le résultat de l’outil : %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>warning: could not end the session on the server: %1</source>
        <translation>avertissement : impossible de terminer la session sur le serveur : %1</translation>
    </message>
    <message>
        <source>Ask Seqera AI, the assistant for Nextflow and Seqera Platform:
  seqera ai                        a conversation in the terminal
  seqera ai &quot;why did my run fail?&quot;  one question, then the conversation
  seqera ai --headless &quot;...&quot; &gt; answer.txt   for scripts</source>
        <translation>Interrogez Seqera AI, l’assistant pour Nextflow et Seqera Platform :
  seqera ai                        une conversation dans le terminal
  seqera ai &quot;why did my run fail?&quot;  une question, puis la conversation
  seqera ai --headless &quot;...&quot; &gt; answer.txt   pour les scripts</translation>
    </message>
    <message>
        <source>The question to ask (optional).</source>
        <translation>La question à poser (facultatif).</translation>
    </message>
    <message>
        <source>Use this access token (&quot;-&quot; reads it from stdin) instead of $SEQERA_ACCESS_TOKEN, $SEQERA_TOKEN, $TOWER_ACCESS_TOKEN or the profile.</source>
        <translation>Utiliser ce jeton d’accès (« - » le lit sur stdin) au lieu de $SEQERA_ACCESS_TOKEN, $SEQERA_TOKEN, $TOWER_ACCESS_TOKEN ou du profil.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>Answer one question on stdout and exit (also when stdout is not a terminal).</source>
        <translation>Répondre à une question sur stdout et quitter (aussi quand stdout n’est pas un terminal).</translation>
    </message>
    <message>
        <source>Continue the last conversation of this directory.</source>
        <translation>Reprendre la dernière conversation de ce répertoire.</translation>
    </message>
    <message>
        <source>Resume the conversation with this id.</source>
        <translation>Reprendre la conversation portant cet identifiant.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Which local tools run without asking: basic (read-only commands), default (also file edits in this directory) or full (all but dangerous commands).</source>
        <translation>Quels outils locaux s’exécutent sans demander : basic (commandes en lecture seule), default (aussi les modifications de fichiers dans ce répertoire) ou full (toutes sauf les commandes dangereuses).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Show the assistant&apos;s reasoning on stderr.</source>
        <translation>Afficher le raisonnement de l’assistant sur stderr.</translation>
    </message>
    <message>
        <source>Show tool activity on stderr.</source>
        <translation>Afficher l’activité des outils sur stderr.</translation>
    </message>
    <message>
        <source>error: unknown approval mode &quot;%1&quot;: use basic, default or full.</source>
        <translation>erreur : mode d’approbation « %1 » inconnu : utilisez basic, default ou full.</translation>
    </message>
    <message>
        <source>error: use either --continue or --session, not both.</source>
        <translation>erreur : utilisez --continue ou --session, pas les deux.</translation>
    </message>
    <message>
        <source>error: cannot read the token from stdin.</source>
        <translation>erreur : impossible de lire le jeton sur stdin.</translation>
    </message>
    <message>
        <source>error: --token - read an empty token from stdin.</source>
        <translation>erreur : --token - a lu un jeton vide sur stdin.</translation>
    </message>
    <message>
        <source>error: --token needs a token, or &quot;-&quot; to read it from stdin.</source>
        <translation>erreur : --token attend un jeton, ou « - » pour le lire sur stdin.</translation>
    </message>
    <message>
        <source>error: without a terminal, seqera ai needs a question: seqera ai --headless &quot;QUESTION&quot;, or the question on stdin.</source>
        <translation>erreur : sans terminal, seqera ai a besoin d’une question : seqera ai --headless &quot;QUESTION&quot;, ou la question sur stdin.</translation>
    </message>
</context>
<context>
    <name>seqera::cli::Command</name>
    <message>
        <source>Use the profile &lt;name&gt; (default: $SEQERA_PROFILE or &quot;default&quot;).</source>
        <translation>Utiliser le profil &lt;nom&gt; (par défaut : $SEQERA_PROFILE ou « default »).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
</context>
<context>
    <name>seqera::cli::LoginCommand</name>
    <message>
        <source>Sign in to Seqera Platform with your browser.</source>
        <translation>Se connecter à Seqera Platform avec votre navigateur.</translation>
    </message>
    <message>
        <source>Do not open a browser; print the URL to open elsewhere.</source>
        <translation>Ne pas ouvrir de navigateur ; afficher l’URL à ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>Sign in to this auth domain instead of $SEQERA_AUTH_DOMAIN.</source>
        <translation>Se connecter à ce domaine d’authentification au lieu de $SEQERA_AUTH_DOMAIN.</translation>
    </message>
    <message>
        <source>auth-domain</source>
        <translation>domaine-auth</translation>
    </message>
    <message>
        <source>Store credentials in a file readable only by you instead of the system keyring.</source>
        <translation>Enregistrer les identifiants dans un fichier lisible par vous seul au lieu du trousseau du système.</translation>
    </message>
    <message>
        <source>error: --url needs an http(s) address, such as https://cloud.seqera.io/api</source>
        <translation>erreur : --url attend une adresse http(s), par exemple https://cloud.seqera.io/api</translation>
    </message>
    <message>
        <source>Note: this looks like a remote (SSH) session. The browser must reach 127.0.0.1:%1 on this machine. If it runs elsewhere, forward the port first (ssh -L %1:127.0.0.1:%1 ...), or use --no-browser and open the URL on a machine whose 127.0.0.1 is this one.</source>
        <translation>Remarque : ceci ressemble à une session distante (SSH). Le navigateur doit joindre 127.0.0.1:%1 sur cette machine. S’il tourne ailleurs, redirigez d’abord le port (ssh -L %1:127.0.0.1:%1 ...), ou utilisez --no-browser et ouvrez l’URL sur une machine dont le 127.0.0.1 est celle-ci.</translation>
    </message>
    <message>
        <source>Open this URL in a browser to sign in:</source>
        <translation>Ouvrez cette URL dans un navigateur pour vous connecter :</translation>
    </message>
    <message>
        <source>Could not open a browser (%1).</source>
        <translation>Impossible d’ouvrir un navigateur (%1).</translation>
    </message>
    <message>
        <source>If the browser does not open, visit this URL:</source>
        <translation>Si le navigateur ne s’ouvre pas, visitez cette URL :</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish (Ctrl-C to cancel)...</source>
        <translation>En attente de la fin de la connexion (Ctrl-C pour annuler)...</translation>
    </message>
    <message>
        <source>Ignored a request on the sign-in port that does not belong to this sign-in (%1); still waiting.</source>
        <translation>Une requête sur le port de connexion qui n’appartient pas à cette connexion a été ignorée (%1) ; toujours en attente.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Paste your Seqera Platform access token: </source>
        <translation>Collez votre jeton d’accès Seqera Platform : </translation>
    </message>
    <message>
        <source>error: --with-token reads one access token from standard input, e.g. seqera login --with-token &lt; token.txt</source>
        <translation>erreur : --with-token lit un jeton d’accès sur l’entrée standard, par ex. seqera login --with-token &lt; token.txt</translation>
    </message>
    <message>
        <source>error: the Platform at %1 refused this access token. Create a new one in the Platform under Your tokens.</source>
        <translation>erreur : Platform à l’adresse %1 a refusé ce jeton d’accès. Créez-en un nouveau dans Platform, sous « Your tokens ».</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code: %2</source>
        <translation>Pour vous connecter, ouvrez %1 sur n’importe quel appareil et saisissez le code : %2</translation>
    </message>
    <message>
        <source>Or open this address, which carries the code: %1</source>
        <translation>Ou ouvrez cette adresse, qui contient le code : %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the confirmation (the code expires in %n minute(s); Ctrl-C to cancel)...</source>
        <translation>
            <numerusform>En attente de la confirmation (le code expire dans %n minute ; Ctrl-C pour annuler)...</numerusform>
            <numerusform>En attente de la confirmation (le code expire dans %n minutes ; Ctrl-C pour annuler)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in on another device with a code (OAuth device authorization), for machines without a local browser.</source>
        <translation>Se connecter sur un autre appareil avec un code (autorisation d’appareil OAuth), pour les machines sans navigateur local.</translation>
    </message>
    <message>
        <source>Read a Seqera Platform access token from standard input and store it in the profile (no renewal).</source>
        <translation>Lire un jeton d’accès Seqera Platform sur l’entrée standard et l’enregistrer dans le profil (sans renouvellement).</translation>
    </message>
    <message>
        <source>Tip: &quot;seqera login --device&quot; signs in with a code from any device instead.</source>
        <translation>Astuce : « seqera login --device » vous connecte plutôt avec un code depuis n’importe quel appareil.</translation>
    </message>
</context>
<context>
    <name>seqera::cli::LogoutCommand</name>
    <message>
        <source>Revoke the session on the server and remove the stored credentials.</source>
        <translation>Révoquer la session sur le serveur et supprimer les identifiants enregistrés.</translation>
    </message>
    <message>
        <source>Log out of every profile and remove all stored credentials and session data.</source>
        <translation>Se déconnecter de tous les profils et supprimer tous les identifiants et données de session enregistrés.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>error: could not remove the credentials of profile &quot;%1&quot;: %2</source>
        <translation>erreur : impossible de supprimer les identifiants du profil « %1 » : %2</translation>
    </message>
    <message>
        <source>Not logged in (profile &quot;%1&quot;); nothing to do.</source>
        <translation>Non connecté (profil « %1 ») ; rien à faire.</translation>
    </message>
    <message>
        <source>Logged out of profile &quot;%1&quot;.</source>
        <translation>Déconnecté du profil « %1 ».</translation>
    </message>
    <message>
        <source>Logged out %1 (profile &quot;%2&quot;).</source>
        <translation>%1 déconnecté (profil « %2 »).</translation>
    </message>
    <message numerus="yes">
        <source>Removed all stored credentials and session data (%n profile(s)).</source>
        <translation>
            <numerusform>Tous les identifiants et données de session enregistrés ont été supprimés (%n profil).</numerusform>
            <numerusform>Tous les identifiants et données de session enregistrés ont été supprimés (%n profils).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1 is set in your environment and still authenticates seqera commands. Unset it to sign out completely.</source>
        <translation>Remarque : %1 est défini dans votre environnement et authentifie toujours les commandes seqera. Supprimez-le pour vous déconnecter complètement.</translation>
    </message>
</context>
<context>
    <name>seqera::cli::Main</name>
    <message>
        <source>Usage: seqera &lt;command&gt; [options]

Sign in to Seqera Platform and use the Seqera AI assistant.

Commands:
</source>
        <translation>Utilisation : seqera &lt;commande&gt; [options]

Se connecter à Seqera Platform et utiliser l’assistant Seqera AI.

Commandes :
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help       Show this help, or a command&apos;s help after the command.
  -v, --version    Show the version.
  -p, --profile    Use another profile (also $SEQERA_PROFILE).

Run &quot;seqera &lt;command&gt; --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 failure or not logged in, 2 usage error,
3 temporary problem (network, server, keyring; nothing was lost), 130 interrupted.
</source>
        <translation>
Options :
  -h, --help       Afficher cette aide, ou l’aide d’une commande placée après elle.
  -v, --version    Afficher la version.
  -p, --profile    Utiliser un autre profil (aussi $SEQERA_PROFILE).

Lancez « seqera &lt;commande&gt; --help » pour les options d’une commande.
Codes de sortie : 0 succès, 1 échec ou non connecté, 2 erreur d’utilisation,
3 problème temporaire (réseau, serveur, trousseau ; rien n’a été perdu), 130 interrompu.
</translation>
    </message>
    <message>
        <source>error: unknown option &quot;%1&quot;</source>
        <translation>erreur : option « %1 » inconnue</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>erreur : commande « %1 » inconnue</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>error: unexpected argument &quot;%1&quot;</source>
        <translation>erreur : argument « %1 » inattendu</translation>
    </message>
    <message>
        <source>error: &quot;%1&quot; is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>erreur : « %1 » n’est pas un nom de profil valide (lettres, chiffres, « . », « _ » et « - », 64 au plus).</translation>
    </message>
    <message>
        <source>error: %1 needs a profile name</source>
        <translation>erreur : %1 attend un nom de profil</translation>
    </message>
</context>
<context>
    <name>seqera::cli::StatusCommand</name>
    <message>
        <source>Show who is signed in and until when.</source>
        <translation>Afficher qui est connecté et jusqu’à quand.</translation>
    </message>
    <message>
        <source>Show every profile.</source>
        <translation>Afficher tous les profils.</translation>
    </message>
    <message>
        <source>Also ask the server whether the session works (renewing it if needed).</source>
        <translation>Demander aussi au serveur si la session fonctionne (en la renouvelant si besoin).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Format de sortie : text ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>error: --output must be &quot;text&quot; or &quot;json&quot;.</source>
        <translation>erreur : --output doit valoir « text » ou « json ».</translation>
    </message>
    <message>
        <source>The access token in %1 was refused by %2. Set a valid Seqera Platform access token, or unset %1 to use your stored session.</source>
        <translation>Le jeton d’accès de %1 a été refusé par %2. Définissez un jeton d’accès Seqera Platform valide, ou supprimez %1 pour utiliser votre session enregistrée.</translation>
    </message>
    <message>
        <source>Could not check the access token in %1: %2</source>
        <translation>Impossible de vérifier le jeton d’accès de %1 : %2</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Token source: environment variable %1</source>
        <translation>Source du jeton : variable d’environnement %1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Platform : %1</translation>
    </message>
    <message>
        <source>Not logged in (profile &quot;%1&quot;). Run &quot;seqera login&quot; to sign in.</source>
        <translation>Non connecté (profil « %1 »). Lancez « seqera login » pour vous connecter.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Identifiants : %1</translation>
    </message>
    <message>
        <source>Renewal: automatic; the access token has expired and is renewed on next use</source>
        <translation>Renouvellement : automatique ; le jeton d’accès a expiré et sera renouvelé à la prochaine utilisation</translation>
    </message>
    <message>
        <source>Renewal: automatic (refresh token stored)</source>
        <translation>Renouvellement : automatique (jeton de rafraîchissement enregistré)</translation>
    </message>
    <message>
        <source>Renewal: not possible; the session has expired. Run &quot;seqera login&quot;.</source>
        <translation>Renouvellement : impossible ; la session a expiré. Lancez « seqera login ».</translation>
    </message>
    <message>
        <source>Renewal: not possible (no refresh token); run &quot;seqera login&quot; when it expires</source>
        <translation>Renouvellement : impossible (pas de jeton de rafraîchissement) ; lancez « seqera login » à son expiration</translation>
    </message>
    <message>
        <source>Server check failed: %1</source>
        <translation>Échec de la vérification auprès du serveur : %1</translation>
    </message>
    <message>
        <source>Server check: OK, the Platform accepts the session (%1)</source>
        <translation>Vérification auprès du serveur : OK, Platform accepte la session (%1)</translation>
    </message>
    <message>
        <source>Not logged in. Run &quot;seqera login&quot; to sign in.</source>
        <translation>Non connecté. Lancez « seqera login » pour vous connecter.</translation>
    </message>
    <message>
        <source>no known expiry (a stored access token)</source>
        <translation>pas d’expiration connue (un jeton d’accès enregistré)</translation>
    </message>
</context>
<context>
    <name>seqera::cli::TokenCommand</name>
    <message>
        <source>Print a valid access token for scripts, renewing it first if needed:
  curl -H &quot;Authorization: Bearer $(seqera token)&quot; ...</source>
        <translation>Afficher un jeton d’accès valide pour les scripts, renouvelé d’abord si besoin :
  curl -H &quot;Authorization: Bearer $(seqera token)&quot; ...</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
</context>
<context>
    <name>seqera::http</name>
    <message>
        <source>The %1 at %2 did not answer in time. The server may be down or unreachable from here; try again later.</source>
        <translation>La %1 à l’adresse %2 n’a pas reçu de réponse à temps. Le serveur est peut-être arrêté ou injoignable d’ici ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Could not reach %1 for the %2: %3. Check the address and your network connection.</source>
        <translation>Impossible de joindre %1 pour la %2 : %3. Vérifiez l’adresse et votre connexion réseau.</translation>
    </message>
    <message>
        <source>The server at %1 failed during the %2 (HTTP %3). Nothing was changed here; try again later.</source>
        <translation>Le serveur à l’adresse %1 a échoué pendant la %2 (HTTP %3). Rien n’a été modifié ici ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server at %1 refused the credentials for the %2 (HTTP %3).</source>
        <translation>Le serveur à l’adresse %1 a refusé les identifiants pour la %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>The server at %1 refused the %2 (HTTP %3).</source>
        <translation>Le serveur à l’adresse %1 a refusé la %2 (HTTP %3).</translation>
    </message>
    <message>
        <source>The server at %1 refused the %2 (HTTP %3): %4</source>
        <translation>Le serveur à l’adresse %1 a refusé la %2 (HTTP %3) : %4</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer to the %2 that is not valid JSON. Nothing was changed here; try again later.</source>
        <translation>Le serveur à l’adresse %1 a répondu à la %2 par un contenu qui n’est pas du JSON valide. Rien n’a été modifié ici ; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>seqera::tray</name>
    <message>
        <source>the desktop could not open %1</source>
        <translation>le bureau n’a pas pu ouvrir %1</translation>
    </message>
</context>
<context>
    <name>seqera::tray::Autostart</name>
    <message>
        <source>Could not remove %1. Delete it to stop starting at login.</source>
        <translation>Impossible de supprimer %1. Supprimez ce fichier pour ne plus démarrer à l’ouverture de session.</translation>
    </message>
    <message>
        <source>Could not create the folder %1/autostart.</source>
        <translation>Impossible de créer le dossier %1/autostart.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>seqera::tray::Main</name>
    <message>
        <source>Seqera Tray</source>
        <translation>Seqera Tray</translation>
    </message>
    <message>
        <source>Stay signed in to Seqera Platform from the system tray.</source>
        <translation>Rester connecté à Seqera Platform depuis la zone de notification.</translation>
    </message>
    <message>
        <source>Show this profile (also $SEQERA_PROFILE).</source>
        <translation>Afficher ce profil (aussi $SEQERA_PROFILE).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Wait this many seconds for a system tray to appear (default 120).</source>
        <translation>Attendre ce nombre de secondes qu’une zone de notification apparaisse (120 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>« %1 » n’est pas un nom de profil valide (lettres, chiffres, « . », « _ » et « - », 64 au plus).</translation>
    </message>
    <message>
        <source>seqera-tray is already running for this user; not starting a second one.</source>
        <translation>seqera-tray est déjà lancé pour cet utilisateur ; aucun second n’est démarré.</translation>
    </message>
    <message numerus="yes">
        <source>No system tray was found after %n second(s). Seqera Tray needs a panel with a notification area (system tray); enable one, or use the &quot;seqera&quot; command instead.</source>
        <translation>
            <numerusform>Aucune zone de notification trouvée après %n seconde. Seqera Tray a besoin d’un panneau avec une zone de notification (systray) ; activez-en une, ou utilisez plutôt la commande « seqera ».</numerusform>
            <numerusform>Aucune zone de notification trouvée après %n secondes. Seqera Tray a besoin d’un panneau avec une zone de notification (systray) ; activez-en une, ou utilisez plutôt la commande « seqera ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Start signing in at once when not signed in (as &quot;Log in…&quot; in the menu).</source>
        <translation>Commencer la connexion tout de suite si vous n’êtes pas connecté (comme « Se connecter… » dans le menu).</translation>
    </message>
</context>
<context>
    <name>seqera::tray::TrayController</name>
    <message>
        <source>Log in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Open Seqera Platform</source>
        <translation>Ouvrir Seqera Platform</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Could not open a browser</source>
        <translation>Impossible d’ouvrir un navigateur</translation>
    </message>
    <message>
        <source>%1. Open this address in a browser to sign in: %2</source>
        <translation>%1. Ouvrez cette adresse dans un navigateur pour vous connecter : %2</translation>
    </message>
    <message>
        <source>%1. Open %2 yourself.</source>
        <translation>%1. Ouvrez %2 vous-même.</translation>
    </message>
</context>
<context>
    <name>seqera::tray::TrayStateMachine</name>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Signed in to Seqera Platform as %1 (profile &quot;%2&quot;).</source>
        <translation>Connecté à Seqera Platform en tant que %1 (profil « %2 »).</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>You are signed out of Seqera Platform (profile &quot;%1&quot;).</source>
        <translation>Vous êtes déconnecté de Seqera Platform (profil « %1 »).</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Sign-out incomplete</source>
        <translation>Déconnexion incomplète</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Session terminée</translation>
    </message>
    <message>
        <source>Seqera Platform refused to renew your session (profile &quot;%1&quot;). Log in again to keep working.</source>
        <translation>Seqera Platform a refusé de renouveler votre session (profil « %1 »). Reconnectez-vous pour continuer à travailler.</translation>
    </message>
    <message>
        <source>Session renewal failed</source>
        <translation>Échec du renouvellement de la session</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Session expirée</translation>
    </message>
    <message>
        <source>Your Seqera Platform session (profile &quot;%1&quot;) has expired and cannot be renewed. Log in again to keep working.</source>
        <translation>Votre session Seqera Platform (profil « %1 ») a expiré et ne peut pas être renouvelée. Reconnectez-vous pour continuer à travailler.</translation>
    </message>
    <message>
        <source>Session expiring</source>
        <translation>Session bientôt expirée</translation>
    </message>
    <message numerus="yes">
        <source>Your Seqera Platform session expires in %n minute(s) and cannot be renewed. Log in again to keep working.</source>
        <translation>
            <numerusform>Votre session Seqera Platform expire dans %n minute et ne peut pas être renouvelée. Reconnectez-vous pour continuer à travailler.</numerusform>
            <numerusform>Votre session Seqera Platform expire dans %n minutes et ne peut pas être renouvelée. Reconnectez-vous pour continuer à travailler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session expiry unknown</source>
        <translation>Expiration de la session inconnue</translation>
    </message>
    <message>
        <source>Renewed automatically (current token until %1)</source>
        <translation>Renouvelée automatiquement (jeton actuel jusqu’à %1)</translation>
    </message>
    <message numerus="yes">
        <source>Session expires at %1 (in %n minute(s))</source>
        <translation>
            <numerusform>La session expire à %1 (dans %n minute)</numerusform>
            <numerusform>La session expire à %1 (dans %n minutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Session expires at %1</source>
        <translation>La session expire à %1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>En attente de la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion en cours…</translation>
    </message>
    <message>
        <source>Renewing the session…</source>
        <translation>Renouvellement de la session…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The session of %1 has expired</source>
        <translation>La session de %1 a expiré</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>La session est terminée</translation>
    </message>
    <message>
        <source>Log in again to keep working.</source>
        <translation>Reconnectez-vous pour continuer à travailler.</translation>
    </message>
    <message>
        <source>Seqera Platform: waiting for the sign-in in your browser…</source>
        <translation>Seqera Platform : en attente de la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>Seqera Platform: renewing the session…</source>
        <translation>Seqera Platform : renouvellement de la session…</translation>
    </message>
    <message>
        <source>Seqera Platform: signing out…</source>
        <translation>Seqera Platform : déconnexion en cours…</translation>
    </message>
    <message>
        <source>Seqera Platform: not signed in (profile &quot;%1&quot;)</source>
        <translation>Seqera Platform : non connecté (profil « %1 »)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Seqera Platform: %1
Profile &quot;%2&quot; on %3
Renewed automatically; current token valid until %4</source>
        <translation>Seqera Platform : %1
Profil « %2 » sur %3
Renouvelée automatiquement ; jeton actuel valide jusqu’à %4</translation>
    </message>
    <message>
        <source>Seqera Platform: %1
Profile &quot;%2&quot; on %3
Session valid until %4</source>
        <translation>Seqera Platform : %1
Profil « %2 » sur %3
Session valide jusqu’à %4</translation>
    </message>
    <message>
        <source>Seqera Platform: session expired (profile &quot;%1&quot;)
Log in again to keep working.</source>
        <translation>Seqera Platform : session expirée (profil « %1 »)
Reconnectez-vous pour continuer à travailler.</translation>
    </message>
    <message>
        <source>Session unreadable</source>
        <translation>Session illisible</translation>
    </message>
    <message>
        <source>The stored session cannot be read</source>
        <translation>La session enregistrée ne peut pas être lue</translation>
    </message>
    <message>
        <source>Log out to clean up, then log in again.</source>
        <translation>Déconnectez-vous pour nettoyer, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Seqera Platform: the stored session of profile &quot;%1&quot; cannot be read
%2</source>
        <translation>Seqera Platform : la session enregistrée du profil « %1 » ne peut pas être lue
%2</translation>
    </message>
</context>
</TS>
