<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
</context>
<context>
    <name>ToolArguments</name>
    <message>
        <source>%1 needs the argument %2 (%3).</source>
        <translation>%1 exige l’argument %2 (%3).</translation>
    </message>
    <message>
        <source>The argument %1 of %2 must be of type %3.</source>
        <translation>L’argument %1 de %2 doit être de type %3.</translation>
    </message>
</context>
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
    <message>
        <source>this build knows no browser opener for this system; set BROWSER to your browser&apos;s command</source>
        <translation>cette version ne sait pas ouvrir de navigateur sur ce système ; définissez BROWSER avec la commande de votre navigateur</translation>
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
        <source>The Seqera AI backend did not return a session id. Check SEQERA_AI_BACKEND_URL.</source>
        <translation>Le service Seqera AI n’a pas renvoyé d’identifiant de session. Vérifiez SEQERA_AI_BACKEND_URL.</translation>
    </message>
    <message>
        <source>The Seqera AI backend rejected the request (HTTP %1): %2</source>
        <translation>Le service Seqera AI a rejeté la requête (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>(The Seqera AI backend is set by SEQERA_AI_BACKEND_URL.)</source>
        <translation>(Le service Seqera AI est défini par SEQERA_AI_BACKEND_URL.)</translation>
    </message>
</context>
<context>
    <name>seqera::KeychainSecretStore</name>
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
    <message>
        <source>The system keyring is locked. Unlock it (for example by logging in to the desktop session, or with your keyring manager) and try again. Nothing was changed.</source>
        <translation>Le trousseau du système est verrouillé. Déverrouillez-le (par exemple en ouvrant la session de bureau, ou avec votre gestionnaire de trousseau) et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 ms. It may be locked or waiting for a password: unlock it and try again.</source>
        <translation>Le trousseau du système n’a pas répondu en %1 ms. Il est peut-être verrouillé ou attend un mot de passe : déverrouillez-le et réessayez.</translation>
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
    <message>
        <source>The identity token was not issued by %1 for this client (%2); the login was refused.</source>
        <translation>Le jeton d’identité n’a pas été émis par %1 pour ce client (%2) ; la connexion a été refusée.</translation>
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
    <message>
        <source>The lock file %1 is a symbolic link. Seqera never writes through a link in its own folders: remove the link, then try again.</source>
        <translation>Le fichier de verrou %1 est un lien symbolique. Seqera n’écrit jamais à travers un lien dans ses propres dossiers : supprimez le lien, puis réessayez.</translation>
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
    <message>
        <source>The renewed session could not be saved (%1). Run &quot;seqera login&quot; again.</source>
        <translation>La session renouvelée n’a pas pu être enregistrée (%1). Relancez « seqera login ».</translation>
    </message>
</context>
<context>
    <name>seqera::SecureFile</name>
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
    <message>
        <source>The folder %1 belongs to another user, so what is stored there cannot be trusted. Remove it (or ask its owner to), or set XDG_CONFIG_HOME and XDG_STATE_HOME to folders of your own, then try again.</source>
        <translation>Le dossier %1 appartient à un autre utilisateur : son contenu n’est donc pas digne de confiance. Supprimez-le (ou demandez à son propriétaire de le faire), ou faites pointer XDG_CONFIG_HOME et XDG_STATE_HOME vers vos propres dossiers, puis réessayez.</translation>
    </message>
    <message>
        <source>The folder %1 can be changed by other users (mode %2), so what is stored there cannot be trusted. Make it private (chmod 700 %1), check what is in it, and try again.</source>
        <translation>Le dossier %1 peut être modifié par d’autres utilisateurs (mode %2) : son contenu n’est donc pas digne de confiance. Rendez-le privé (chmod 700 %1), vérifiez ce qu’il contient, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not check the folder %1: %2.</source>
        <translation>Impossible de vérifier le dossier %1 : %2.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 private: %2.</source>
        <translation>Impossible de rendre le dossier %1 privé : %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. Seqera never reads, writes or deletes through a link in its own folders: remove the link, then try again.</source>
        <translation>%1 est un lien symbolique. Seqera ne lit, n’écrit ni ne supprime jamais à travers un lien dans ses propres dossiers : supprimez le lien, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: a file is in the way.</source>
        <translation>Impossible de créer le dossier %1 : un fichier occupe déjà cet emplacement.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2. Check that you can write there.</source>
        <translation>Impossible de créer le dossier %1 : %2. Vérifiez que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Could not write %1: it is not a regular file. Nothing was changed.</source>
        <translation>Impossible d’écrire %1 : ce n’est pas un fichier ordinaire. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not read %1: it is not a regular file.</source>
        <translation>Impossible de lire %1 : ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 belongs to another user, so it cannot be trusted. Remove it, then try again.</source>
        <translation>%1 appartient à un autre utilisateur et n’est donc pas digne de confiance. Supprimez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not delete %1: it is a folder.</source>
        <translation>Impossible de supprimer %1 : c’est un dossier.</translation>
    </message>
    <message>
        <source>Could not delete everything in %1: %2.</source>
        <translation>Impossible de tout supprimer dans %1 : %2.</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>autre chose qu’un fichier ordinaire</translation>
    </message>
    <message>
        <source>Could not write %1: it is %2, and only a regular file is written to. Choose a file name.</source>
        <translation>Impossible d’écrire %1 : c’est %2, et seul un fichier ordinaire peut être écrit. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a symbolic link, which is never followed. Choose the file itself or another name.</source>
        <translation>Impossible d’écrire %1 : c’est un lien symbolique, et un lien n’est jamais suivi. Choisissez le fichier lui-même ou un autre nom.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Could not write %1: it belongs to another user. Choose a file of your own.</source>
        <translation>Impossible d’écrire %1 : il appartient à un autre utilisateur. Choisissez un fichier qui vous appartient.</translation>
    </message>
    <message>
        <source>Could not make %1 private: %2.</source>
        <translation>Impossible de rendre %1 privé : %2.</translation>
    </message>
    <message>
        <source>Could not write %1: it is not open.</source>
        <translation>Impossible d’écrire %1 : le fichier n’est pas ouvert.</translation>
    </message>
    <message>
        <source>This build of seqera cannot tell who owns %1, so it neither keeps nor trusts private files there (it was built without the POSIX support of core/os). Use a build for this system with private file support.</source>
        <translation>Cette version de seqera ne peut pas savoir à qui appartient %1 : elle n’y garde donc aucun fichier privé et ne fait confiance à aucun (elle a été compilée sans la prise en charge POSIX de core/os). Utilisez une version pour ce système qui prend en charge les fichiers privés.</translation>
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
        <source>token renewal</source>
        <translation>demande de renouvellement de jeton</translation>
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
    <message>
        <source>Seqera AI session creation</source>
        <translation>création de session Seqera AI</translation>
    </message>
    <message>
        <source>Seqera AI message</source>
        <translation>transmission d’un message à Seqera AI</translation>
    </message>
    <message>
        <source>Seqera AI cancel request</source>
        <translation>demande d’annulation Seqera AI</translation>
    </message>
    <message>
        <source>Seqera AI tool result</source>
        <translation>transmission d’un résultat d’outil à Seqera AI</translation>
    </message>
    <message>
        <source>Seqera AI session end</source>
        <translation>fin de session Seqera AI</translation>
    </message>
    <message>
        <source>Seqera AI session list</source>
        <translation>liste des sessions Seqera AI</translation>
    </message>
    <message>
        <source>Seqera AI session history</source>
        <translation>demande d’historique de session Seqera AI</translation>
    </message>
    <message>
        <source>Seqera AI credits request</source>
        <translation>demande de crédits Seqera AI</translation>
    </message>
    <message>
        <source>Seqera AI answer stream</source>
        <translation>diffusion de la réponse Seqera AI</translation>
    </message>
    <message>
        <source>The Seqera AI backend sent an event larger than %1 KiB; the answer stream was closed.</source>
        <translation>Le service Seqera AI a envoyé un événement de plus de %1 Kio ; le flux de la réponse a été fermé.</translation>
    </message>
    <message>
        <source>The session id is not valid (1 to 128 letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;): nothing was sent.</source>
        <translation>L’identifiant de session n’est pas valide (1 à 128 lettres, chiffres, « . », « _ » ou « - ») : rien n’a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The Seqera AI backend sent a session id that is not valid (1 to 128 letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;), so it is not used. Check SEQERA_AI_BACKEND_URL.</source>
        <translation>Le service Seqera AI a envoyé un identifiant de session non valide (1 à 128 lettres, chiffres, « . », « _ » ou « - ») : il n’est donc pas utilisé. Vérifiez SEQERA_AI_BACKEND_URL.</translation>
    </message>
    <message>
        <source>Seqera AI skills request</source>
        <translation>demande des compétences Seqera AI</translation>
    </message>
    <message>
        <source>Seqera AI organization list</source>
        <translation>liste des organisations Seqera AI</translation>
    </message>
    <message>
        <source>The Seqera AI backend sent an organization list without &quot;organizations&quot;. Check SEQERA_AI_BACKEND_URL.</source>
        <translation>Le service Seqera AI a envoyé une liste d’organisations sans « organizations ». Vérifiez SEQERA_AI_BACKEND_URL.</translation>
    </message>
    <message>
        <source>The Seqera AI backend sent nothing but keep-alives for %1, so the answer was given up. The backend may be overloaded or the run stuck: ask again later. (SEQERA_AI_IDLE_TIMEOUT_MS sets how long to wait.)</source>
        <translation>Le service Seqera AI n’a envoyé que des signaux keep-alive pendant %1 : la réponse a donc été abandonnée. Le service est peut-être surchargé ou l’exécution bloquée : posez la question à nouveau plus tard. (SEQERA_AI_IDLE_TIMEOUT_MS définit la durée d’attente.)</translation>
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
        <source>The command uses a dangerous program (%1), which always needs approval.</source>
        <translation>La commande utilise un programme dangereux (%1), qui demande toujours une approbation.</translation>
    </message>
    <message>
        <source>%1 is not a tool this version of seqera knows.</source>
        <translation>%1 n’est pas un outil connu de cette version de seqera.</translation>
    </message>
    <message>
        <source>%1 is outside the working directory %2 (after following ~, .. and symbolic links).</source>
        <translation>%1 est en dehors du répertoire de travail %2 (après résolution de ~, .. et des liens symboliques).</translation>
    </message>
    <message>
        <source>What this command runs cannot be checked (%1), so it always needs approval.</source>
        <translation>Ce que cette commande exécute ne peut pas être vérifié (%1) : elle demande donc toujours une approbation.</translation>
    </message>
    <message>
        <source>The command names, or can reach, seqera&apos;s own credential or state files, which always needs approval.</source>
        <translation>La commande désigne, ou peut atteindre, les fichiers d’identifiants ou d’état propres à seqera, ce qui demande toujours une approbation.</translation>
    </message>
    <message>
        <source>The command is not read-only, which the basic approval mode does not allow without asking.</source>
        <translation>La commande n’est pas en lecture seule, ce que le mode d’approbation « basic » n’autorise pas sans demander.</translation>
    </message>
    <message>
        <source>The command does more than read or change files inside the working directory, which the default approval mode does not allow without asking.</source>
        <translation>La commande fait plus que lire ou modifier des fichiers dans le répertoire de travail, ce que le mode d’approbation « default » n’autorise pas sans demander.</translation>
    </message>
    <message>
        <source>There is no sandbox here, so commands run with your own rights and the %1 approval mode asks before each one.</source>
        <translation>Il n’y a pas de bac à sable ici : les commandes s’exécutent donc avec vos propres droits, et le mode d’approbation « %1 » demande avant chacune.</translation>
    </message>
    <message>
        <source>The command writes to %1, outside the working directory, which the sandbox keeps read-only: it would have to run outside the sandbox, with your own rights.</source>
        <translation>La commande écrit dans %1, en dehors du répertoire de travail, où le bac à sable n’autorise que la lecture : elle devrait s’exécuter hors du bac à sable, avec vos propres droits.</translation>
    </message>
</context>
<context>
    <name>seqera::ai::ChildProcess</name>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>seqera::ai::Conversation</name>
    <message>
        <source>The Seqera AI backend refused the access token of %1 even after renewing it. Run &quot;seqera login&quot; and try again.</source>
        <translation>Le service Seqera AI a refusé le jeton d’accès de %1 même après son renouvellement. Lancez « seqera login » et réessayez.</translation>
    </message>
    <message>
        <source>The Seqera AI backend refused the access token from %1 (HTTP 401). Replace it with a valid token, or unset it to use your login.</source>
        <translation>Le service Seqera AI a refusé le jeton d’accès de %1 (HTTP 401). Remplacez-le par un jeton valide, ou retirez-le pour utiliser votre connexion.</translation>
    </message>
    <message>
        <source>Could not start a Seqera AI session: %1</source>
        <translation>Impossible de démarrer une session Seqera AI : %1</translation>
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
        <source>Refused without asking, because seqera ai runs headless: %1 Run it in a terminal to approve the tool, or choose a wider --approval-mode.</source>
        <translation>Refusé sans demander, car seqera ai s’exécute sans terminal (headless) : %1 Lancez-le dans un terminal pour approuver l’outil, ou choisissez un --approval-mode plus large.</translation>
    </message>
    <message>
        <source>Could not send the tool&apos;s result: %1</source>
        <translation>Impossible d’envoyer le résultat de l’outil : %1</translation>
    </message>
    <message numerus="yes">
        <source>Refused: this answer already asked for %n tool run(s), the most one answer may.</source>
        <translation>
            <numerusform>Refusé : cette réponse a déjà demandé %n exécution d’outil, le maximum permis pour une réponse.</numerusform>
            <numerusform>Refusé : cette réponse a déjà demandé %n exécutions d’outils, le maximum permis pour une réponse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: plan mode is on, so nothing on this machine is changed or run; only reading tools work. Describe the plan; the user leaves plan mode with /plan.</source>
        <translation>Refusé : le mode plan est activé, donc rien n’est modifié ni exécuté sur cette machine ; seuls les outils de lecture fonctionnent. Décrivez le plan ; l’utilisateur quitte le mode plan avec /plan.</translation>
    </message>
    <message>
        <source>Refused without asking, because seqera ai runs headless: %1 Run it in a terminal to approve it, or allow such commands with --allow-outside-sandbox.</source>
        <translation>Refusé sans demander, car seqera ai s’exécute sans terminal (headless) : %1 Lancez-le dans un terminal pour approuver la commande, ou autorisez ce type de commandes avec --allow-outside-sandbox.</translation>
    </message>
    <message>
        <source>The sandbox kept the command from writing outside the working directory (&quot;Read-only file system&quot;). Run it again outside the sandbox, with your own rights?</source>
        <translation>Le bac à sable a empêché la commande d’écrire en dehors du répertoire de travail (« Read-only file system »). La relancer hors du bac à sable, avec vos propres droits ?</translation>
    </message>
    <message>
        <source>[seqera: this command ran in a sandbox where only the working directory and /tmp are writable. The user can allow more with sandbox.writablePaths in config.json or with --allow-outside-sandbox.]</source>
        <translation>[seqera : cette commande s’est exécutée dans un bac à sable où seuls le répertoire de travail et /tmp sont accessibles en écriture. L’utilisateur peut en autoriser davantage avec sandbox.writablePaths dans config.json ou avec --allow-outside-sandbox.]</translation>
    </message>
</context>
<context>
    <name>seqera::ai::LocalTools</name>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
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
    <message numerus="yes">
        <source>... (%n more diff line(s) not shown)</source>
        <translation>
            <numerusform>... (%n autre ligne de diff non affichée)</numerusform>
            <numerusform>... (%n autres lignes de diff non affichées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1 is one of seqera&apos;s own credential, session or lock files, or a process&apos;s environment or memory, which the assistant&apos;s tools never read or change.</source>
        <translation>Refusé : %1 est l’un des fichiers d’identifiants, de session ou de verrou propres à seqera, ou l’environnement ou la mémoire d’un processus, que les outils de l’assistant ne lisent ni ne modifient jamais.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce type</translation>
    </message>
    <message>
        <source> ... (line truncated)</source>
        <translation> ... (ligne tronquée)</translation>
    </message>
    <message>
        <source>[Showing lines %1-%2 of %3. Use start_line and end_line to read more.]</source>
        <translation>[Lignes %1-%2 sur %3 affichées. Utilisez start_line et end_line pour en lire davantage.]</translation>
    </message>
    <message>
        <source>[stopped after %1 entries]</source>
        <translation>[arrêté après %1 entrées]</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder.</source>
        <translation>%1 n’est ni un fichier ni un dossier.</translation>
    </message>
    <message>
        <source>Refused: %1 is not a regular file.</source>
        <translation>Refusé : %1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 already exists and has not been read in this session: read it with read_file_local first, then write it.</source>
        <translation>%1 existe déjà et n’a pas été lu dans cette session : lisez-le d’abord avec read_file_local, puis écrivez-le.</translation>
    </message>
    <message>
        <source>%1 is too large to rewrite here.</source>
        <translation>%1 est trop volumineux pour être réécrit ici.</translation>
    </message>
    <message>
        <source>%1 is unchanged: it already has this content.</source>
        <translation>%1 est inchangé : il a déjà ce contenu.</translation>
    </message>
    <message>
        <source>Cannot edit %1: it is not an existing file.</source>
        <translation>Impossible de modifier %1 : ce n’est pas un fichier existant.</translation>
    </message>
    <message>
        <source>%1 has not been read in this session: read it with read_file_local first, then edit it.</source>
        <translation>%1 n’a pas été lu dans cette session : lisez-le d’abord avec read_file_local, puis modifiez-le.</translation>
    </message>
    <message>
        <source>%1 is too large to edit here.</source>
        <translation>%1 est trop volumineux pour être modifié ici.</translation>
    </message>
    <message>
        <source>[Output truncated: showing %1 of %2 lines (%3 of %4 bytes).]</source>
        <translation>[Sortie tronquée : %1 lignes affichées sur %2 (%3 octets sur %4).]</translation>
    </message>
    <message>
        <source>[Output truncated: showing %1 of %2 lines (%3 of %4 bytes). The full output is in %5]</source>
        <translation>[Sortie tronquée : %1 lignes affichées sur %2 (%3 octets sur %4). La sortie complète se trouve dans %5]</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>La commande a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>The command was stopped after %n second(s) without finishing.</source>
        <translation>
            <numerusform>La commande a été arrêtée après %n seconde sans avoir terminé.</numerusform>
            <numerusform>La commande a été arrêtée après %n secondes sans avoir terminé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The command was stopped: it wrote more than %1 MiB of output.</source>
        <translation>La commande a été arrêtée : elle a produit plus de %1 Mio de sortie.</translation>
    </message>
    <message>
        <source>%1 has changed since it was read (at %2): read it again with read_file_local, then change it.</source>
        <translation>%1 a changé depuis sa lecture (à %2) : relisez-le avec read_file_local, puis modifiez-le.</translation>
    </message>
    <message>
        <source>(Results are truncated: showing first %1 entries. Prefer search_files_local with include_glob to narrow the area before reading files.)</source>
        <translation>(Résultats tronqués : les %1 premières entrées sont affichées. Préférez search_files_local avec include_glob pour restreindre la zone avant de lire des fichiers.)</translation>
    </message>
    <message>
        <source>(Results truncated: showing %1 of %2 matches (%3 hidden). Use a narrower path, include_glob, or pattern.)</source>
        <translation>(Résultats tronqués : %1 correspondances affichées sur %2 (%3 masquées). Utilisez un chemin, un include_glob ou un motif plus restreint.)</translation>
    </message>
    <message>
        <source>The pattern cannot be used: %1. Patterns are regular expressions in RE2 syntax, as ripgrep&apos;s: backreferences (\1) and lookaround ((?=...), (?!...), (?&lt;=...)) are not supported; use a simpler pattern and check the lines found with read_file_local.</source>
        <translation>Le motif est inutilisable : %1. Les motifs sont des expressions régulières en syntaxe RE2, comme ceux de ripgrep : les références arrière (\1) et les assertions lookaround ((?=...), (?!...), (?&lt;=...)) ne sont pas prises en charge ; utilisez un motif plus simple et vérifiez les lignes trouvées avec read_file_local.</translation>
    </message>
    <message>
        <source>include_glob is not a glob that can be used: %1</source>
        <translation>include_glob n’est pas un glob utilisable : %1</translation>
    </message>
    <message>
        <source>(Search stopped after the %1 newest files (%2 MiB): narrow the path or include_glob to search the other %3.)</source>
        <translation>(Recherche arrêtée après les %1 fichiers les plus récents (%2 Mio) : restreignez le chemin ou include_glob pour chercher dans les %3 autres.)</translation>
    </message>
    <message>
        <source>Refused: write_file_local only creates files or rewrites short ones (up to %1 lines and %2 characters), and %3 is an existing file of %4 lines and %5 characters (the new content: %6 lines, %7 characters). Read the part to change and use edit_file_local instead.</source>
        <translation>Refusé : write_file_local ne fait que créer des fichiers ou réécrire des fichiers courts (jusqu’à %1 lignes et %2 caractères), et %3 est un fichier existant de %4 lignes et %5 caractères (le nouveau contenu : %6 lignes, %7 caractères). Lisez la partie à modifier et utilisez plutôt edit_file_local.</translation>
    </message>
    <message>
        <source>The text to replace was not found exactly in %1, and it is about as close to several places: read the file again and give the exact text.</source>
        <translation>Le texte à remplacer est introuvable tel quel dans %1, et il est à peu près aussi proche de plusieurs endroits : relisez le fichier et donnez le texte exact.</translation>
    </message>
    <message>
        <source>The text to replace was not found exactly in %1, and it is too long to be matched approximately: read the file again and give the exact text.</source>
        <translation>Le texte à remplacer est introuvable tel quel dans %1, et il est trop long pour une correspondance approximative : relisez le fichier et donnez le texte exact.</translation>
    </message>
    <message>
        <source>This build of seqera runs no commands: it cannot stop what a command starts on this system (no process groups). Use the file tools instead, or run the command yourself.</source>
        <translation>Cette version de seqera n’exécute aucune commande : elle ne peut pas arrêter ce qu’une commande lance sur ce système (pas de groupes de processus). Utilisez plutôt les outils de fichiers, ou exécutez la commande vous-même.</translation>
    </message>
</context>
<context>
    <name>seqera::ai::Organizations</name>
    <message>
        <source>No organization has the id or name &quot;%1&quot;. Run &quot;seqera org list&quot; to see yours.</source>
        <translation>Aucune organisation n’a l’identifiant ou le nom « %1 ». Lancez « seqera org list » pour voir les vôtres.</translation>
    </message>
    <message>
        <source>Several organizations are called &quot;%1&quot;: choose one by its id (see &quot;seqera org list&quot;).</source>
        <translation>Plusieurs organisations s’appellent « %1 » : choisissez-en une par son identifiant (voir « seqera org list »).</translation>
    </message>
</context>
<context>
    <name>seqera::ai::PathResolver</name>
    <message>
        <source>The path contains a NUL character.</source>
        <translation>Le chemin contient un caractère NUL.</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links in %1.</source>
        <translation>Trop de niveaux de liens symboliques dans %1.</translation>
    </message>
    <message>
        <source>Cannot read the symbolic link %1.</source>
        <translation>Impossible de lire le lien symbolique %1.</translation>
    </message>
</context>
<context>
    <name>seqera::ai::RunRecorder</name>
    <message>
        <source>Cannot record the run (--events-path): %1</source>
        <translation>Impossible d’enregistrer l’exécution (--events-path) : %1</translation>
    </message>
</context>
<context>
    <name>seqera::ai::Sandbox</name>
    <message>
        <source>the sandbox is turned off (SEQERA_AI_SANDBOX=%1)</source>
        <translation>le bac à sable est désactivé (SEQERA_AI_SANDBOX=%1)</translation>
    </message>
    <message>
        <source>SEQERA_AI_SANDBOX=%1 is not a sandbox seqera knows (use auto or none)</source>
        <translation>SEQERA_AI_SANDBOX=%1 n’est pas un bac à sable connu de seqera (utilisez auto ou none)</translation>
    </message>
    <message>
        <source>bubblewrap is not installed (Debian and Ubuntu: apt install bubblewrap)</source>
        <translation>bubblewrap n’est pas installé (Debian et Ubuntu : apt install bubblewrap)</translation>
    </message>
    <message>
        <source>bubblewrap did not start within %1 seconds</source>
        <translation>bubblewrap n’a pas démarré en %1 secondes</translation>
    </message>
    <message>
        <source>bubblewrap exited with code %1</source>
        <translation>bubblewrap s’est terminé avec le code %1</translation>
    </message>
    <message>
        <source>bubblewrap cannot start here (%1)</source>
        <translation>bubblewrap ne peut pas démarrer ici (%1)</translation>
    </message>
    <message>
        <source>bubblewrap (%1) with a Landlock scope: commands see the system read-only, write only where the approval mode allows, and cannot see seqera&apos;s own files, other processes or the desktop&apos;s sockets</source>
        <translation>bubblewrap (%1) avec une portée Landlock : les commandes voient le système en lecture seule, n’écrivent que là où le mode d’approbation le permet, et ne voient ni les fichiers propres à seqera, ni les autres processus, ni les sockets du bureau</translation>
    </message>
    <message>
        <source>bubblewrap (%1): commands see the system read-only, write only where the approval mode allows, and cannot see seqera&apos;s own files or other processes (abstract sockets stay reachable: this kernel has no Landlock scopes)</source>
        <translation>bubblewrap (%1) : les commandes voient le système en lecture seule, n’écrivent que là où le mode d’approbation le permet, et ne voient ni les fichiers propres à seqera ni les autres processus (les sockets abstraits restent joignables : ce noyau n’a pas de portées Landlock)</translation>
    </message>
    <message>
        <source>none (%1): every command the approval mode would run unasked is asked about instead, and commands run with your own rights</source>
        <translation>aucun (%1) : chaque commande que le mode d’approbation exécuterait sans demander fait plutôt l’objet d’une demande, et les commandes s’exécutent avec vos propres droits</translation>
    </message>
    <message>
        <source>this build of seqera has no sandbox for this system</source>
        <translation>cette version de seqera n’a pas de bac à sable pour ce système</translation>
    </message>
</context>
<context>
    <name>seqera::ai::SessionRecord</name>
    <message>
        <source>The session id is not valid, so it is not recorded.</source>
        <translation>L’identifiant de session n’est pas valide : il n’est donc pas enregistré.</translation>
    </message>
</context>
<context>
    <name>seqera::ai::SlashCommand</name>
    <message>
        <source>this list</source>
        <translation>cette liste</translation>
    </message>
    <message>
        <source>end the session and leave (also Ctrl-D)</source>
        <translation>terminer la session et quitter (aussi Ctrl-D)</translation>
    </message>
    <message>
        <source>end this session; the next message starts a new one</source>
        <translation>terminer cette session ; le prochain message en commence une nouvelle</translation>
    </message>
    <message>
        <source>the current session&apos;s id and how to resume it</source>
        <translation>l’identifiant de la session en cours et comment la reprendre</translation>
    </message>
    <message>
        <source>recent sessions; pick one to switch to it</source>
        <translation>sessions récentes ; en choisir une pour y basculer</translation>
    </message>
    <message>
        <source>the organization sessions are created for</source>
        <translation>l’organisation pour laquelle les sessions sont créées</translation>
    </message>
    <message>
        <source>your Seqera AI usage and limit</source>
        <translation>votre utilisation de Seqera AI et votre limite</translation>
    </message>
    <message>
        <source>show or change which local tools run without asking</source>
        <translation>afficher ou modifier les outils locaux qui s’exécutent sans demander</translation>
    </message>
    <message>
        <source>backend, session, approval mode, token source</source>
        <translation>service, session, mode d’approbation, source du jeton</translation>
    </message>
    <message>
        <source>show or hide the assistant&apos;s reasoning</source>
        <translation>afficher ou masquer le raisonnement de l’assistant</translation>
    </message>
    <message>
        <source>the skills of this project, yours and Seqera AI&apos;s; /&lt;skill&gt; [request] uses one</source>
        <translation>les compétences de ce projet, les vôtres et celles de Seqera AI ; /&lt;compétence&gt; [demande] en utilise une</translation>
    </message>
    <message>
        <source>plan mode on or off: the assistant plans, nothing on this machine is changed or run</source>
        <translation>activer ou désactiver le mode plan : l’assistant planifie, rien n’est modifié ni exécuté sur cette machine</translation>
    </message>
</context>
<context>
    <name>seqera::cli::AiCommand</name>
    <message>
        <source>Cancelling the answer...</source>
        <translation>Annulation de la réponse...</translation>
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
        <source>[tool] %1</source>
        <translation>[outil] %1</translation>
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
        <source>Rejected.</source>
        <translation>Rejeté.</translation>
    </message>
    <message>
        <source>[exit code %1]</source>
        <translation>[code de sortie %1]</translation>
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
        <source>Session: %1</source>
        <translation>Session : %1</translation>
    </message>
    <message>
        <source>(Press Ctrl-C again, type /exit or press Ctrl-D to leave.)</source>
        <translation>(Appuyez à nouveau sur Ctrl-C, tapez /exit ou appuyez sur Ctrl-D pour quitter.)</translation>
    </message>
    <message>
        <source>(session %1)</source>
        <translation>(session %1)</translation>
    </message>
    <message>
        <source>%1 (exit code %2)</source>
        <translation>%1 (code de sortie %2)</translation>
    </message>
    <message>
        <source>%1 (not run: %2)</source>
        <translation>%1 (non exécuté : %2)</translation>
    </message>
    <message>
        <source>[refused] %1</source>
        <translation>[refusé] %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>[thinking] </source>
        <translation>[réflexion] </translation>
    </message>
    <message>
        <source>[tool error] %1</source>
        <translation>[erreur d’outil] %1</translation>
    </message>
    <message>
        <source>[tool result] %1</source>
        <translation>[résultat d’outil] %1</translation>
    </message>
    <message>
        <source>Seqera AI wants to run:</source>
        <translation>Seqera AI veut exécuter :</translation>
    </message>
    <message>
        <source>  1) Yes, once</source>
        <translation>  1) Oui, une fois</translation>
    </message>
    <message>
        <source>  2) Yes, and allow %1 for the rest of this session</source>
        <translation>  2) Oui, et autoriser %1 pour le reste de cette session</translation>
    </message>
    <message>
        <source>  3) No, tell Seqera AI what to do instead</source>
        <translation>  3) Non, dire à Seqera AI quoi faire à la place</translation>
    </message>
    <message>
        <source>Choice [1/2/3]: </source>
        <translation>Choix [1/2/3] : </translation>
    </message>
    <message>
        <source>Choice [1/3]: </source>
        <translation>Choix [1/3] : </translation>
    </message>
    <message numerus="yes">
        <source>Continuing the most recent of %n conversations in this directory (%1). Use -s ID to choose another.</source>
        <translation>
            <numerusform>Reprise de la plus récente des %n conversation de ce répertoire (%1). Utilisez -s ID pour en choisir une autre.</numerusform>
            <numerusform>Reprise de la plus récente des %n conversations de ce répertoire (%1). Utilisez -s ID pour en choisir une autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations in this directory, most recent first:</source>
        <translation>Conversations de ce répertoire, de la plus récente à la plus ancienne :</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Which one [1-%1, Enter for 1]: </source>
        <translation>Laquelle [1-%1, Entrée pour 1] : </translation>
    </message>
    <message>
        <source>Nothing chosen.</source>
        <translation>Aucun choix.</translation>
    </message>
    <message>
        <source>Seqera AI (approval mode: %1). Type /help for commands, /exit or Ctrl-D to leave, Ctrl-C to stop an answer.</source>
        <translation>Seqera AI (mode d’approbation : %1). Tapez /help pour les commandes, /exit ou Ctrl-D pour quitter, Ctrl-C pour arrêter une réponse.</translation>
    </message>
    <message>
        <source>(The earlier messages could not be loaded: %1)</source>
        <translation>(Les messages précédents n’ont pas pu être chargés : %1)</translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier message(s) not shown)</source>
        <translation>
            <numerusform>(%n message précédent non affiché)</numerusform>
            <numerusform>(%n messages précédents non affichés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands (handled here, never sent to Seqera AI):</source>
        <translation>Commandes (traitées ici, jamais envoyées à Seqera AI) :</translation>
    </message>
    <message>
        <source>Cleared: your next message starts a new session.</source>
        <translation>Effacé : votre prochain message commence une nouvelle session.</translation>
    </message>
    <message>
        <source>No session yet: one is created with your first message.</source>
        <translation>Pas encore de session : elle sera créée avec votre premier message.</translation>
    </message>
    <message>
        <source>No earlier sessions.</source>
        <translation>Aucune session précédente.</translation>
    </message>
    <message>
        <source>Recent sessions:</source>
        <translation>Sessions récentes :</translation>
    </message>
    <message>
        <source>Switched to session %1.</source>
        <translation>Passage à la session %1.</translation>
    </message>
    <message>
        <source>Organization: none selected (your personal usage). Choose one with: seqera org switch</source>
        <translation>Organisation : aucune sélectionnée (votre utilisation personnelle). Choisissez-en une avec : seqera org switch</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation : %1</translation>
    </message>
    <message>
        <source>unknown approval mode &quot;%1&quot;: use basic, default or full.</source>
        <translation>mode d’approbation inconnu « %1 » : utilisez basic, default ou full.</translation>
    </message>
    <message>
        <source>Approval mode: %1</source>
        <translation>Mode d’approbation : %1</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>(created with your first message)</source>
        <translation>(créée avec votre premier message)</translation>
    </message>
    <message>
        <source>Token from: %1</source>
        <translation>Source du jeton : %1</translation>
    </message>
    <message>
        <source>Working directory: %1</source>
        <translation>Répertoire de travail : %1</translation>
    </message>
    <message>
        <source>Reasoning shown: %1</source>
        <translation>Raisonnement affiché : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The assistant&apos;s reasoning is now shown.</source>
        <translation>Le raisonnement de l’assistant est maintenant affiché.</translation>
    </message>
    <message>
        <source>The assistant&apos;s reasoning is now hidden.</source>
        <translation>Le raisonnement de l’assistant est maintenant masqué.</translation>
    </message>
    <message>
        <source>unknown command /%1. Type /help for the list; start the line with // to send it as text.</source>
        <translation>commande inconnue /%1. Tapez /help pour la liste ; commencez la ligne par // pour l’envoyer comme texte.</translation>
    </message>
    <message>
        <source>Continue a recent conversation of this directory (a choice on a terminal when there are several; headless takes the most recent).</source>
        <translation>Reprendre une conversation récente de ce répertoire (un choix dans un terminal s’il y en a plusieurs ; en mode headless, la plus récente).</translation>
    </message>
    <message>
        <source>Headless: show each tool&apos;s result (up to 500 characters) on stderr.</source>
        <translation>Headless : afficher le résultat de chaque outil (jusqu’à 500 caractères) sur stderr.</translation>
    </message>
    <message>
        <source>Headless, for programs driving seqera ai: JSON records on stdout, one a line (run_started, text, thinking, tool_call, tool_result, complete, error).</source>
        <translation>Headless, pour les programmes qui pilotent seqera ai : enregistrements JSON sur stdout, un par ligne (run_started, text, thinking, tool_call, tool_result, complete, error).</translation>
    </message>
    <message>
        <source>Append a diagnostic record of the run (JSON lines, mode 0600) to this file.</source>
        <translation>Ajouter un journal de diagnostic de l’exécution (JSON Lines, mode 0600) à ce fichier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Ask Seqera AI for more detailed answers.</source>
        <translation>Demander à Seqera AI des réponses plus détaillées.</translation>
    </message>
    <message>
        <source>use either --continue or --session, not both.</source>
        <translation>utilisez soit --continue, soit --session, pas les deux.</translation>
    </message>
    <message>
        <source>--events-path needs a file name.</source>
        <translation>--events-path exige un nom de fichier.</translation>
    </message>
    <message>
        <source>--token - read an empty token from stdin.</source>
        <translation>--token - a lu un jeton vide sur stdin.</translation>
    </message>
    <message>
        <source>--token needs a token, or &quot;-&quot; to read it from stdin.</source>
        <translation>--token exige un jeton, ou « - » pour le lire sur stdin.</translation>
    </message>
    <message>
        <source>without a terminal, seqera ai needs a question: seqera ai --headless &quot;QUESTION&quot;, or the question on stdin.</source>
        <translation>sans terminal, seqera ai exige une question : seqera ai --headless &quot;QUESTION&quot;, ou la question sur stdin.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>%1 (%2% used)</source>
        <translation>%1 (%2 % d’utilisation)</translation>
    </message>
    <message>
        <source>Seqera AI sent no credit information.</source>
        <translation>Seqera AI n’a envoyé aucune information sur les crédits.</translation>
    </message>
    <message>
        <source>Seqera AI credits</source>
        <translation>Crédits Seqera AI</translation>
    </message>
    <message>
        <source>The answer was cancelled.</source>
        <translation>La réponse a été annulée.</translation>
    </message>
    <message>
        <source>Resume it with: %1</source>
        <translation>Reprenez-la avec : %1</translation>
    </message>
    <message>
        <source>Seqera AI wants to run, outside the sandbox:</source>
        <translation>Seqera AI veut exécuter, hors du bac à sable :</translation>
    </message>
    <message>
        <source>warning: the assistant&apos;s commands run without a sandbox: %1. Commands ask before they run (docs/security-model.md).</source>
        <translation>avertissement : les commandes de l’assistant s’exécutent sans bac à sable : %1. Une confirmation est demandée avant chaque commande (docs/security-model.md).</translation>
    </message>
    <message>
        <source>Session: %1
Resume it later with: %2</source>
        <translation>Session : %1
Reprenez-la plus tard avec : %2</translation>
    </message>
    <message>
        <source>Plan mode: %1</source>
        <translation>Mode plan : %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Bac à sable : %1</translation>
    </message>
    <message>
        <source>Plan mode is on: the assistant plans, and nothing on this machine is changed or run. /plan again to leave it.</source>
        <translation>Le mode plan est activé : l’assistant planifie, et rien n’est modifié ni exécuté sur cette machine. Tapez à nouveau /plan pour le quitter.</translation>
    </message>
    <message>
        <source>Plan mode is off.</source>
        <translation>Le mode plan est désactivé.</translation>
    </message>
    <message>
        <source>No skills: none in this project or your skill folders, and none from Seqera AI.</source>
        <translation>Aucune compétence : ni dans ce projet ni dans vos dossiers de compétences, et aucune de Seqera AI.</translation>
    </message>
    <message>
        <source>Headless: run the commands the approval mode allows even when they need to write outside the sandbox (or there is no sandbox), instead of refusing them.</source>
        <translation>Headless : exécuter les commandes que le mode d’approbation autorise même quand elles doivent écrire hors du bac à sable (ou qu’il n’y a pas de bac à sable), au lieu de les refuser.</translation>
    </message>
    <message>
        <source>Sandbox for the assistant&apos;s commands: %1.</source>
        <translation>Bac à sable pour les commandes de l’assistant : %1.</translation>
    </message>
    <message>
        <source>unknown approval mode &quot;%1&quot; in %2 (approvalMode): use basic, default or full.</source>
        <translation>mode d’approbation inconnu « %1 » dans %2 (approvalMode) : utilisez basic, default ou full.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session id (1 to 128 letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;). The ids are listed by /sessions in a conversation.</source>
        <translation>« %1 » n’est pas un identifiant de session (1 à 128 lettres, chiffres, « . », « _ » ou « - »). Les identifiants sont listés par /sessions dans une conversation.</translation>
    </message>
</context>
<context>
    <name>seqera::cli::Command</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Existing profiles: %1. Choose one with --profile NAME.</source>
        <translation>Profils existants : %1. Choisissez-en un avec --profile NAME.</translation>
    </message>
    <message>
        <source>Did you mean --profile %1? Existing profiles: %2. Choose one with --profile NAME.</source>
        <translation>Vouliez-vous dire --profile %1 ? Profils existants : %2. Choisissez-en un avec --profile NAME.</translation>
    </message>
    <message>
        <source>Use the profile &lt;name&gt; (default: $SEQERA_PROFILE, then the one chosen with &quot;seqera profile use&quot;, then &quot;default&quot;).</source>
        <translation>Utiliser le profil &lt;nom&gt; (par défaut : $SEQERA_PROFILE, puis celui choisi avec « seqera profile use », puis « default »).</translation>
    </message>
</context>
<context>
    <name>seqera::cli::CompletionCommand</name>
    <message>
        <source>Print a shell completion script (bash, zsh or fish).
Packages install them; to load one by hand:
  bash:  source &lt;(seqera completion bash)
  zsh:   source &lt;(seqera completion zsh)   (after compinit)
  fish:  seqera completion fish | source</source>
        <translation>Afficher un script de complétion pour le shell (bash, zsh ou fish).
Les paquets les installent ; pour en charger un à la main :
  bash:  source &lt;(seqera completion bash)
  zsh:   source &lt;(seqera completion zsh)   (après compinit)
  fish:  seqera completion fish | source</translation>
    </message>
    <message>
        <source>bash, zsh or fish.</source>
        <translation>bash, zsh ou fish.</translation>
    </message>
    <message>
        <source>name a shell: seqera completion bash|zsh|fish</source>
        <translation>indiquez un shell : seqera completion bash|zsh|fish</translation>
    </message>
    <message>
        <source>no completion for &quot;%1&quot;; choose bash, zsh or fish</source>
        <translation>pas de complétion pour « %1 » ; choisissez bash, zsh ou fish</translation>
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
        <source>Paste your Seqera Platform access token: </source>
        <translation>Collez votre jeton d’accès Seqera Platform : </translation>
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
    <message>
        <source>Successfully authenticated as %1</source>
        <translation>Authentifié avec succès en tant que %1</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; holds the session of %2; signing in as %3 would replace it. Pass --force to replace it, or sign in to another profile with --profile NAME.</source>
        <translation>le profil « %1 » contient la session de %2 ; se connecter en tant que %3 la remplacerait. Passez --force pour la remplacer, ou connectez-vous à un autre profil avec --profile NAME.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is signed in as %2. Replace it with %3? [y/N] </source>
        <translation>Le profil « %1 » est connecté en tant que %2. Le remplacer par %3 ? [o/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>kept %1 in profile &quot;%2&quot;; nothing changed. Use --profile NAME to sign in to another profile.</source>
        <translation>%1 conservé dans le profil « %2 » ; rien n’a changé. Utilisez --profile NAME pour vous connecter à un autre profil.</translation>
    </message>
    <message>
        <source>--with-token reads one access token from standard input, e.g. seqera login --with-token &lt; token.txt</source>
        <translation>--with-token lit un jeton d’accès sur l’entrée standard, par ex. seqera login --with-token &lt; token.txt</translation>
    </message>
    <message>
        <source>the Platform at %1 refused this access token. Create a new one in the Platform under Your tokens.</source>
        <translation>Platform à l’adresse %1 a refusé ce jeton d’accès. Créez-en un nouveau dans Platform sous « Your tokens ».</translation>
    </message>
    <message>
        <source>Replace the account stored in the profile without asking.</source>
        <translation>Remplacer sans demander le compte enregistré dans le profil.</translation>
    </message>
    <message>
        <source>--url needs an http(s) address, such as https://cloud.seqera.io/api</source>
        <translation>--url exige une adresse http(s), par exemple https://cloud.seqera.io/api</translation>
    </message>
    <message>
        <source>Opening browser for authentication...</source>
        <translation>Ouverture du navigateur pour l’authentification...</translation>
    </message>
    <message>
        <source>Organization: %1, as before (&quot;seqera org switch&quot; changes it)</source>
        <translation>Organisation : %1, comme avant (« seqera org switch » la change)</translation>
    </message>
    <message>
        <source>You are signed in; choose an organization later with &quot;seqera org switch&quot;.</source>
        <translation>Vous êtes connecté ; choisissez plus tard une organisation avec « seqera org switch ».</translation>
    </message>
    <message>
        <source>Note: could not list your Seqera AI organizations: %1</source>
        <translation>Remarque : impossible de lister vos organisations Seqera AI : %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation : %1</translation>
    </message>
    <message numerus="yes">
        <source>You belong to %n organization(s); none was chosen. Choose one with &quot;seqera org switch ID|NAME&quot; (&quot;seqera org list&quot; shows them).</source>
        <translation>
            <numerusform>Vous êtes membre de %n organisation ; aucune n’a été choisie. Choisissez-en une avec « seqera org switch ID|NAME » (« seqera org list » les affiche).</numerusform>
            <numerusform>Vous êtes membre de %n organisations ; aucune n’a été choisie. Choisissez-en une avec « seqera org switch ID|NAME » (« seqera org list » les affiche).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You belong to %n organization(s). Which one should Seqera AI work in?</source>
        <translation>
            <numerusform>Vous êtes membre de %n organisation. Dans laquelle Seqera AI doit-il travailler ?</numerusform>
            <numerusform>Vous êtes membre de %n organisations. Dans laquelle Seqera AI doit-il travailler ?</numerusform>
        </translation>
    </message>
    <message>
        <source>for none: your personal usage</source>
        <translation>pour aucune : votre utilisation personnelle</translation>
    </message>
    <message>
        <source>No organization chosen (your personal usage); &quot;seqera org switch&quot; chooses one.</source>
        <translation>Aucune organisation choisie (votre utilisation personnelle) ; « seqera org switch » en choisit une.</translation>
    </message>
    <message>
        <source>Choose the organization Seqera AI works in (its id or name) instead of being asked.</source>
        <translation>Choisir l’organisation dans laquelle travaille Seqera AI (son identifiant ou son nom) plutôt que d’être interrogé.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>--org chooses the organization Seqera AI works in, and the Seqera AI backend serves %1 only when SEQERA_AI_BACKEND_URL names it. Set it, or sign in without --org.</source>
        <translation>--org choisit l’organisation dans laquelle travaille Seqera AI, et le serveur de Seqera AI ne sert %1 que si SEQERA_AI_BACKEND_URL le désigne. Définissez-la, ou connectez-vous sans --org.</translation>
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
    <message>
        <source>could not remove the credentials of profile &quot;%1&quot;: %2</source>
        <translation>impossible de supprimer les identifiants du profil « %1 » : %2</translation>
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
  -h, --help              Show this help, or a command&apos;s help after the command.
  -v, --version           Show the version.
  -p, --profile &lt;name&gt;    Use the profile &lt;name&gt; (also $SEQERA_PROFILE).

Run &quot;seqera &lt;command&gt; --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 failure or not logged in, 2 usage error,
3 temporary problem (network, server, keyring; nothing was lost), 130 interrupted.
</source>
        <translation>
Options :
  -h, --help              Afficher cette aide, ou l’aide d’une commande après celle-ci.
  -v, --version           Afficher la version.
  -p, --profile &lt;nom&gt;     Utiliser le profil &lt;nom&gt; (aussi $SEQERA_PROFILE).

Lancez « seqera &lt;commande&gt; --help » pour les options d’une commande.
Codes de sortie : 0 succès, 1 échec ou non connecté, 2 erreur d’utilisation,
3 problème temporaire (réseau, serveur, trousseau ; rien n’a été perdu), 130 interrompu.
</translation>
    </message>
    <message>
        <source>%1 needs a profile name</source>
        <translation>%1 exige un nom de profil</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Did you mean &quot;seqera %2&quot;?</source>
        <translation>commande inconnue « %1 ». Vouliez-vous dire « seqera %2 » ?</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--%1 and --%2 cannot be used together</source>
        <translation>--%1 et --%2 ne peuvent pas être utilisées ensemble</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>« %1 » n’est pas un nom de profil valide (lettres, chiffres, « . », « _ » et « - », 64 au plus).</translation>
    </message>
</context>
<context>
    <name>seqera::cli::OrgCommand</name>
    <message>
        <source>Show or choose the organization Seqera AI works in:
  seqera org                  the organization of this profile
  seqera org list             the organizations you belong to
  seqera org switch [ID|NAME] choose one (a numbered choice in a terminal)
  seqera org clear            back to no organization</source>
        <translation>Afficher ou choisir l’organisation dans laquelle travaille Seqera AI :
  seqera org                  l’organisation de ce profil
  seqera org list             les organisations dont vous êtes membre
  seqera org switch [ID|NAME] en choisir une (un choix numéroté dans un terminal)
  seqera org clear            revenir à aucune organisation</translation>
    </message>
    <message>
        <source>show (default), list, switch (or select, change), clear (or reset).</source>
        <translation>show (par défaut), list, switch (ou select, change), clear (ou reset).</translation>
    </message>
    <message>
        <source>For switch: the organization&apos;s id or name.</source>
        <translation>Pour switch : l’identifiant ou le nom de l’organisation.</translation>
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
        <source>--output must be &quot;text&quot; or &quot;json&quot;.</source>
        <translation>--output doit valoir « text » ou « json ».</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: use show, list, switch or clear.</source>
        <translation>action inconnue « %1 » : utilisez show, list, switch ou clear.</translation>
    </message>
    <message>
        <source>too many arguments for &quot;seqera org %1&quot;.</source>
        <translation>trop d’arguments pour « seqera org %1 ».</translation>
    </message>
    <message>
        <source>No organization selected (profile &quot;%1&quot;). Choose one with &quot;seqera org switch&quot;.</source>
        <translation>Aucune organisation sélectionnée (profil « %1 »). Choisissez-en une avec « seqera org switch ».</translation>
    </message>
    <message>
        <source>No organization was selected (profile &quot;%1&quot;); nothing to do.</source>
        <translation>Aucune organisation n’était sélectionnée (profil « %1 ») ; rien à faire.</translation>
    </message>
    <message>
        <source>Organization %1 is no longer selected (profile &quot;%2&quot;).</source>
        <translation>L’organisation %1 n’est plus sélectionnée (profil « %2 »).</translation>
    </message>
    <message>
        <source>name the organization: seqera org switch ID|NAME (&quot;seqera org list&quot; shows them). A numbered choice is offered only in a terminal.</source>
        <translation>indiquez l’organisation : seqera org switch ID|NAME (« seqera org list » les affiche). Un choix numéroté n’est proposé que dans un terminal.</translation>
    </message>
    <message>
        <source>You belong to no organization.</source>
        <translation>Vous n’êtes membre d’aucune organisation.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>you belong to no organization, so there is none to switch to.</source>
        <translation>vous n’êtes membre d’aucune organisation : il n’y en a donc aucune vers laquelle basculer.</translation>
    </message>
    <message>
        <source>%1 (id %2, %3)</source>
        <translation>%1 (id %2, %3)</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the numbers 1 to %2; nothing changed.</source>
        <translation>« %1 » n’est pas un des nombres de 1 à %2 ; rien n’a changé.</translation>
    </message>
    <message>
        <source>Switched to organization %1 (id %2) for profile &quot;%3&quot;: new Seqera AI sessions run in it.</source>
        <translation>Passage à l’organisation %1 (id %2) pour le profil « %3 » : les nouvelles sessions Seqera AI s’y exécutent.</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation : %1</translation>
    </message>
    <message>
        <source>to keep the current one</source>
        <translation>pour garder l’actuelle</translation>
    </message>
    <message>
        <source>Organization [1-%1, Enter %2]: </source>
        <translation>Organisation [1-%1, Entrée %2] : </translation>
    </message>
</context>
<context>
    <name>seqera::cli::ProfileCommand</name>
    <message>
        <source>List the profiles or choose the default one.
  seqera profile list         the profiles; * marks the one in use
  seqera profile use NAME     make NAME the default ($SEQERA_PROFILE and --profile still win)</source>
        <translation>Lister les profils ou choisir celui par défaut.
  seqera profile list         les profils ; * marque celui utilisé
  seqera profile use NAME     faire de NAME le profil par défaut ($SEQERA_PROFILE et --profile restent prioritaires)</translation>
    </message>
    <message>
        <source>list or use.</source>
        <translation>list ou use.</translation>
    </message>
    <message>
        <source>The profile to use by default.</source>
        <translation>Le profil à utiliser par défaut.</translation>
    </message>
    <message>
        <source>Print only the profile names.</source>
        <translation>N’afficher que les noms des profils.</translation>
    </message>
    <message>
        <source>&quot;seqera profile use&quot; needs one profile name</source>
        <translation>« seqera profile use » exige un nom de profil</translation>
    </message>
    <message>
        <source>&quot;seqera profile&quot; needs a subcommand: list or use</source>
        <translation>« seqera profile » exige une sous-commande : list ou use</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (list or use)</source>
        <translation>sous-commande inconnue « %1 » (list ou use)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;. Did you mean &quot;seqera profile %2&quot;?</source>
        <translation>sous-commande inconnue « %1 ». Vouliez-vous dire « seqera profile %2 » ?</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1, expired</source>
        <translation>%1, expiré</translation>
    </message>
    <message>
        <source>(* chosen by SEQERA_PROFILE)</source>
        <translation>(* choisi par SEQERA_PROFILE)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>« %1 » n’est pas un nom de profil valide (lettres, chiffres, « . », « _ » et « - », 64 au plus).</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;.</source>
        <translation>il n’y a pas de profil « %1 ».</translation>
    </message>
    <message>
        <source>To create it, run &quot;seqera login --profile %1&quot;.</source>
        <translation>Pour le créer, lancez « seqera login --profile %1 ».</translation>
    </message>
    <message>
        <source>The default profile is now &quot;%1&quot;.</source>
        <translation>Le profil par défaut est maintenant « %1 ».</translation>
    </message>
    <message>
        <source>Note: SEQERA_PROFILE is set in your environment and still chooses the profile of seqera commands. Unset it to use &quot;%1&quot;.</source>
        <translation>Remarque : SEQERA_PROFILE est défini dans votre environnement et choisit toujours le profil des commandes seqera. Supprimez-le pour utiliser « %1 ».</translation>
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
        <source>The access token in %1 was refused by %2. Set a valid Seqera Platform access token, or unset %1 to use your stored session.</source>
        <translation>Le jeton d’accès de %1 a été refusé par %2. Définissez un jeton d’accès Seqera Platform valide, ou supprimez %1 pour utiliser votre session enregistrée.</translation>
    </message>
    <message>
        <source>Could not check the access token in %1: %2</source>
        <translation>Impossible de vérifier le jeton d’accès de %1 : %2</translation>
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
    <message>
        <source>--output must be &quot;text&quot; or &quot;json&quot;.</source>
        <translation>--output doit valoir « text » ou « json ».</translation>
    </message>
    <message>
        <source>Profile: %1 (active)</source>
        <translation>Profil : %1 (actif)</translation>
    </message>
    <message>
        <source>Organization: %1 (id %2)</source>
        <translation>Organisation : %1 (id %2)</translation>
    </message>
</context>
<context>
    <name>seqera::cli::TokenCommand</name>
    <message>
        <source>Print a valid access token for scripts, renewing it first if needed.
  curl -H &quot;Authorization: Bearer $(seqera token)&quot; ...</source>
        <translation>Afficher un jeton d’accès valide pour les scripts, en le renouvelant d’abord si besoin.
  curl -H &quot;Authorization: Bearer $(seqera token)&quot; ...</translation>
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
    <message>
        <source>The server at %1 sent more than %2 for the %3, more than any valid answer; the transfer was stopped and nothing was changed here. Check the address.</source>
        <translation>Le serveur à l’adresse %1 a envoyé plus de %2 pour la %3, plus qu’aucune réponse valide ; le transfert a été interrompu et rien n’a été modifié ici. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The server at %1 answered the %2 with a redirect to %3. Credentials are never sent on to another address, so the request was stopped; check the address.</source>
        <translation>Le serveur à l’adresse %1 a répondu à la %2 par une redirection vers %3. Les identifiants ne sont jamais transmis à une autre adresse : la requête a donc été arrêtée ; vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>une autre adresse</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>The %1 was cancelled.</source>
        <translation>La %1 a été annulée.</translation>
    </message>
    <message>
        <source>Refusing the %1 over plain HTTP (or another scheme) to %2: credentials are only sent to an https:// address, or over plain http to this machine&apos;s loopback address.</source>
        <translation>Refus d’envoyer la %1 en HTTP non chiffré (ou par un autre schéma) à %2 : les identifiants ne sont envoyés qu’à une adresse https://, ou en http non chiffré à l’adresse de bouclage de cette machine.</translation>
    </message>
</context>
<context>
    <name>seqera::os::Files</name>
    <message>
        <source>This build of seqera cannot keep %1 private: it was built without the POSIX support of core/os, and plain Qt cannot create a file only you can read. Use a build for this system with private file support.</source>
        <translation>Cette version de seqera ne peut pas garder %1 privé : elle a été compilée sans la prise en charge POSIX de core/os, et Qt seul ne peut pas créer un fichier que vous seul pouvez lire. Utilisez une version pour ce système qui prend en charge les fichiers privés.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not a symbolic link</source>
        <translation>%1 n’est pas un lien symbolique</translation>
    </message>
    <message>
        <source>This build of seqera cannot change the mode of %1 (no POSIX support).</source>
        <translation>Cette version de seqera ne peut pas modifier les droits de %1 (pas de prise en charge POSIX).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 est un lien symbolique</translation>
    </message>
    <message>
        <source>This build of seqera cannot delete %1 without following links inside it (no POSIX support), so it deletes nothing. Delete the folder yourself.</source>
        <translation>Cette version de seqera ne peut pas supprimer %1 sans suivre les liens qu’il contient (pas de prise en charge POSIX) : elle ne supprime donc rien. Supprimez le dossier vous-même.</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>non ouvert</translation>
    </message>
    <message>
        <source>This build of seqera cannot change a file&apos;s mode (no POSIX support).</source>
        <translation>Cette version de seqera ne peut pas modifier les droits d’un fichier (pas de prise en charge POSIX).</translation>
    </message>
</context>
<context>
    <name>seqera::os::Notifications</name>
    <message>
        <source>this build has no desktop notification service</source>
        <translation>cette version n’a pas de service de notifications de bureau</translation>
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
        <source>%1 Delete it to stop starting at login.</source>
        <translation>%1 Supprimez ce fichier pour que l’application ne soit plus lancée à l’ouverture de session.</translation>
    </message>
</context>
<context>
    <name>seqera::tray::DesktopNotifier</name>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Seqera Platform</source>
        <translation>Seqera Platform</translation>
    </message>
</context>
<context>
    <name>seqera::tray::Main</name>
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
    <message>
        <source>Seqera Platform</source>
        <translation>Seqera Platform</translation>
    </message>
    <message>
        <source>Seconds to wait for a system tray before saying that there is none; Seqera Tray keeps renewing and notifying without one (default 15).</source>
        <translation>Secondes d’attente d’une zone de notification avant de signaler qu’il n’y en a pas ; Seqera Tray continue de renouveler et de notifier sans elle (15 par défaut).</translation>
    </message>
    <message>
        <source>Start signing in at once when not signed in (as &quot;Log in…&quot; in the menu). When Seqera Tray is already running, it is asked to do so.</source>
        <translation>Lancer immédiatement la connexion si vous n’êtes pas connecté (comme « Se connecter… » dans le menu). Si Seqera Tray est déjà lancé, il lui est demandé de le faire.</translation>
    </message>
    <message>
        <source>Seqera Tray is already running; it was asked to start signing in.</source>
        <translation>Seqera Tray est déjà lancé ; il lui a été demandé de lancer la connexion.</translation>
    </message>
    <message>
        <source>Seqera Tray is already running.</source>
        <translation>Seqera Tray est déjà lancé.</translation>
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
    <message>
        <source>Seqera Platform</source>
        <translation>Seqera Platform</translation>
    </message>
    <message>
        <source>No system tray was found, so the Seqera icon cannot be shown. On GNOME, install and enable the &quot;AppIndicator and KStatusNotifierItem Support&quot; extension. Seqera Tray keeps renewing your session in the background and notifies you when you need to sign in; start it again from the applications menu to open its menu.</source>
        <translation>Aucune zone de notification n’a été trouvée : l’icône Seqera ne peut donc pas être affichée. Sous GNOME, installez et activez l’extension « AppIndicator and KStatusNotifierItem Support ». Seqera Tray continue de renouveler votre session en arrière-plan et vous avertit quand vous devez vous connecter ; relancez-le depuis le menu des applications pour ouvrir son menu.</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Aucune zone de notification</translation>
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
    <message>
        <source>The session file %1 is damaged and cannot be used. Choose &quot;Log out&quot; to clean up, then log in again.</source>
        <translation>Le fichier de session %1 est endommagé et inutilisable. Choisissez « Se déconnecter » pour nettoyer, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The session file %1 cannot be read. %2</source>
        <translation>Le fichier de session %1 ne peut pas être lu. %2</translation>
    </message>
    <message>
        <source>Your Seqera Platform session (profile &quot;%1&quot;) could not be renewed: %2 Retrying at %3.</source>
        <translation>Votre session Seqera Platform (profil « %1 ») n’a pas pu être renouvelée : %2 Nouvelle tentative à %3.</translation>
    </message>
    <message>
        <source>Session not renewed</source>
        <translation>Session non renouvelée</translation>
    </message>
    <message>
        <source>Your Seqera Platform session (profile &quot;%1&quot;) ran out and could not be renewed yet: %2 Retrying at %3.</source>
        <translation>Votre session Seqera Platform (profil « %1 ») a expiré et n’a pas encore pu être renouvelée : %2 Nouvelle tentative à %3.</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation : %1</translation>
    </message>
    <message>
        <source>Offline — retrying at %1</source>
        <translation>Hors ligne — nouvelle tentative à %1</translation>
    </message>
    <message>
        <source>Renewal failed — retrying at %1</source>
        <translation>Échec du renouvellement — nouvelle tentative à %1</translation>
    </message>
    <message>
        <source>Seqera Platform: %1
Profile &quot;%2&quot; on %3
Offline: the session could not be renewed. %4
Retrying at %5</source>
        <translation>Seqera Platform : %1
Profil « %2 » sur %3
Hors ligne : la session n’a pas pu être renouvelée. %4
Nouvelle tentative à %5</translation>
    </message>
    <message>
        <source>Seqera Platform: %1
Profile &quot;%2&quot; on %3
The session could not be renewed. %4
Retrying at %5</source>
        <translation>Seqera Platform : %1
Profil « %2 » sur %3
La session n’a pas pu être renouvelée. %4
Nouvelle tentative à %5</translation>
    </message>
    <message>
        <source>Seqera Platform cannot be reached (no network, or the server is down).</source>
        <translation>Seqera Platform est injoignable (pas de réseau, ou le serveur est arrêté).</translation>
    </message>
    <message>
        <source>Seqera Platform did not answer in time.</source>
        <translation>Seqera Platform n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Seqera Platform had a server error.</source>
        <translation>Seqera Platform a rencontré une erreur de serveur.</translation>
    </message>
    <message>
        <source>The keyring is locked or not available.</source>
        <translation>Le trousseau est verrouillé ou indisponible.</translation>
    </message>
    <message>
        <source>Seqera Platform refused to renew the session.</source>
        <translation>Seqera Platform a refusé de renouveler la session.</translation>
    </message>
    <message>
        <source>Seqera Platform refused the stored credentials.</source>
        <translation>Seqera Platform a refusé les identifiants enregistrés.</translation>
    </message>
    <message>
        <source>The sign-in was refused.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>Seqera Platform answered something this version cannot use.</source>
        <translation>Seqera Platform a renvoyé une réponse que cette version ne peut pas utiliser.</translation>
    </message>
    <message>
        <source>The session could not be read or saved on this computer.</source>
        <translation>La session n’a pas pu être lue ou enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The stored session is damaged.</source>
        <translation>La session enregistrée est endommagée.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>La requête a été refusée.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
