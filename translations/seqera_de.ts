<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
</context>
<context>
    <name>ToolArguments</name>
    <message>
        <source>%1 needs the argument %2 (%3).</source>
        <translation>%1 braucht das Argument %2 (%3).</translation>
    </message>
    <message>
        <source>The argument %1 of %2 must be of type %3.</source>
        <translation>Das Argument %1 von %2 muss vom Typ %3 sein.</translation>
    </message>
</context>
<context>
    <name>seqera::Browser</name>
    <message>
        <source>no command to start</source>
        <translation>kein Befehl zum Starten</translation>
    </message>
    <message>
        <source>%1 was not found</source>
        <translation>%1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>this build knows no browser opener for this system; set BROWSER to your browser&apos;s command</source>
        <translation>dieser Build kennt kein Programm zum Öffnen des Browsers auf diesem System; setzen Sie BROWSER auf den Befehl Ihres Browsers</translation>
    </message>
</context>
<context>
    <name>seqera::DeviceFlow</name>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 does not offer device login. Use &quot;seqera login --no-browser&quot; and open the URL on a machine that can reach this one.</source>
        <translation>Der Anmeldeserver unter %1 bietet keine Geräteanmeldung an. Verwenden Sie „seqera login --no-browser“ und öffnen Sie die URL auf einem Rechner, der diesen erreichen kann.</translation>
    </message>
    <message>
        <source>device authorization request</source>
        <translation>Anfrage zur Geräteautorisierung</translation>
    </message>
    <message>
        <source>The device authorization answer lacks a code or a verification URL.</source>
        <translation>Die Antwort der Geräteautorisierung enthält keinen Code oder keine Bestätigungs-URL.</translation>
    </message>
    <message>
        <source>The device code expired before the sign-in was confirmed. Run &quot;seqera login --device&quot; again.</source>
        <translation>Der Gerätecode ist abgelaufen, bevor die Anmeldung bestätigt wurde. Führen Sie „seqera login --device“ erneut aus.</translation>
    </message>
    <message>
        <source>token request</source>
        <translation>Token-Anfrage</translation>
    </message>
    <message>
        <source>The sign-in was refused on the verification page (access_denied).</source>
        <translation>Die Anmeldung wurde auf der Bestätigungsseite abgelehnt (access_denied).</translation>
    </message>
    <message>
        <source>The sign-in server answered without an access token.</source>
        <translation>Der Anmeldeserver hat ohne Zugriffstoken geantwortet.</translation>
    </message>
</context>
<context>
    <name>seqera::Error</name>
    <message>
        <source>The Seqera AI backend refused the access token (HTTP 401).</source>
        <translation>Das Seqera-AI-Backend hat das Zugriffstoken abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>The Seqera AI backend says you have reached your usage limit (HTTP 429). Try again later.</source>
        <translation>Das Seqera-AI-Backend meldet, dass Ihr Nutzungslimit erreicht ist (HTTP 429). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The Seqera AI backend denied access (HTTP 403): %1</source>
        <translation>Das Seqera-AI-Backend hat den Zugriff verweigert (HTTP 403): %1</translation>
    </message>
    <message>
        <source>The Seqera AI backend did not return a session id. Check SEQERA_AI_BACKEND_URL.</source>
        <translation>Das Seqera-AI-Backend hat keine Sitzungs-ID zurückgegeben. Prüfen Sie SEQERA_AI_BACKEND_URL.</translation>
    </message>
    <message>
        <source>The Seqera AI backend rejected the request (HTTP %1): %2</source>
        <translation>Das Seqera-AI-Backend hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>(The Seqera AI backend is set by SEQERA_AI_BACKEND_URL.)</source>
        <translation>(Das Seqera-AI-Backend wird durch SEQERA_AI_BACKEND_URL festgelegt.)</translation>
    </message>
</context>
<context>
    <name>seqera::KeychainSecretStore</name>
    <message>
        <source>The system keyring refused the request: %1. Unlock it and try again. Nothing was changed.</source>
        <translation>Der System-Schlüsselbund hat die Anfrage abgelehnt: %1. Entsperren Sie ihn und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>system keyring (Secret Service)</source>
        <translation>System-Schlüsselbund (Secret Service)</translation>
    </message>
    <message>
        <source>The system keyring did not return what was stored in it.</source>
        <translation>Der System-Schlüsselbund hat nicht zurückgegeben, was darin gespeichert wurde.</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>The system keyring is locked. Unlock it (for example by logging in to the desktop session, or with your keyring manager) and try again. Nothing was changed.</source>
        <translation>Der System-Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel durch Anmelden an der Desktop-Sitzung oder mit Ihrer Schlüsselbundverwaltung) und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 ms. It may be locked or waiting for a password: unlock it and try again.</source>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von %1 ms geantwortet. Er ist möglicherweise gesperrt oder wartet auf ein Passwort: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>seqera::LoginFlow</name>
    <message>
        <source>The sign-in server does not support PKCE with S256, which this client requires for a safe login.</source>
        <translation>Der Anmeldeserver unterstützt PKCE mit S256 nicht, das dieser Client für eine sichere Anmeldung voraussetzt.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 ports %1-%2 for the sign-in callback. Close the program using them or set SEQERA_AUTH_REDIRECT_PORT to a free port.</source>
        <translation>Auf den Ports %1–%2 von 127.0.0.1 konnte nicht auf die Anmelde-Rückmeldung gewartet werden. Schließen Sie das Programm, das sie belegt, oder setzen Sie SEQERA_AUTH_REDIRECT_PORT auf einen freien Port.</translation>
    </message>
    <message>
        <source>The sign-in was not completed (%1). Run &quot;seqera login&quot; to try again.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen (%1). Führen Sie „seqera login“ aus, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The sign-in server did not answer the token request in time. Run &quot;seqera login&quot; to try again.</source>
        <translation>Der Anmeldeserver hat die Token-Anfrage nicht rechtzeitig beantwortet. Führen Sie „seqera login“ aus, um es erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>No sign-in arrived from the browser within %n second(s). Run &quot;seqera login&quot; to try again.</source>
        <translation>
            <numerusform>Innerhalb von %n Sekunde kam keine Anmeldung vom Browser. Führen Sie „seqera login“ aus, um es erneut zu versuchen.</numerusform>
            <numerusform>Innerhalb von %n Sekunden kam keine Anmeldung vom Browser. Führen Sie „seqera login“ aus, um es erneut zu versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>You signed in, but the session could not be saved: %1</source>
        <translation>Sie haben sich angemeldet, aber die Sitzung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Signed in to Seqera</source>
        <translation>Bei Seqera angemeldet</translation>
    </message>
    <message>
        <source>You are signed in as %1. You can close this window and return to the terminal.</source>
        <translation>Sie sind als %1 angemeldet. Sie können dieses Fenster schließen und zum Terminal zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The identity token was not issued by %1 for this client (%2); the login was refused.</source>
        <translation>Das Identitätstoken wurde nicht von %1 für diesen Client ausgestellt (%2); die Anmeldung wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>seqera::LoopbackServer</name>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>The sign-in was cancelled. You can close this window.</source>
        <translation>Die Anmeldung wurde abgebrochen. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>This request was refused.</source>
        <translation>Diese Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>This request was not understood.</source>
        <translation>Diese Anfrage wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This address only receives the answer of a Seqera sign-in.</source>
        <translation>Diese Adresse nimmt nur die Antwort einer Seqera-Anmeldung entgegen.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Sign-in already finished</source>
        <translation>Anmeldung bereits abgeschlossen</translation>
    </message>
    <message>
        <source>This sign-in has already been completed. You can close this window.</source>
        <translation>Diese Anmeldung wurde bereits abgeschlossen. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation>Anmeldung nicht erkannt</translation>
    </message>
    <message>
        <source>This request does not belong to the sign-in in progress and was ignored. Finish the sign-in in the window it opened, or run &quot;seqera login&quot; again.</source>
        <translation>Diese Anfrage gehört nicht zur laufenden Anmeldung und wurde ignoriert. Schließen Sie die Anmeldung in dem Fenster ab, das sie geöffnet hat, oder führen Sie „seqera login“ erneut aus.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sign-in ended with the error &quot;%1&quot;. Return to the terminal for details.</source>
        <translation>Die Anmeldung endete mit dem Fehler „%1“. Details finden Sie im Terminal.</translation>
    </message>
    <message>
        <source>The sign-in ended with the error &quot;%1&quot;: %2. Return to the terminal for details.</source>
        <translation>Die Anmeldung endete mit dem Fehler „%1“: %2. Details finden Sie im Terminal.</translation>
    </message>
    <message>
        <source>Sign-in incomplete</source>
        <translation>Anmeldung unvollständig</translation>
    </message>
    <message>
        <source>This request carries no authorization code and was ignored.</source>
        <translation>Diese Anfrage enthält keinen Autorisierungscode und wurde ignoriert.</translation>
    </message>
    <message>
        <source>This request repeats the parameter &quot;%1&quot; and was ignored.</source>
        <translation>Diese Anfrage wiederholt den Parameter „%1“ und wurde ignoriert.</translation>
    </message>
</context>
<context>
    <name>seqera::PlatformClient</name>
    <message>
        <source>Platform user-info request</source>
        <translation>Platform-Benutzerinfo-Anfrage</translation>
    </message>
    <message>
        <source>The Platform at %1 answered the user-info request without a user.</source>
        <translation>Die Platform unter %1 hat die Benutzerinfo-Anfrage ohne Benutzer beantwortet.</translation>
    </message>
    <message>
        <source>userinfo request</source>
        <translation>Userinfo-Anfrage</translation>
    </message>
</context>
<context>
    <name>seqera::ProfileLock</name>
    <message numerus="yes">
        <source>Another seqera process has been renewing this session for more than %n second(s). Try again in a moment.</source>
        <translation>
            <numerusform>Ein anderer seqera-Prozess erneuert diese Sitzung seit mehr als %n Sekunde. Versuchen Sie es gleich noch einmal.</numerusform>
            <numerusform>Ein anderer seqera-Prozess erneuert diese Sitzung seit mehr als %n Sekunden. Versuchen Sie es gleich noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lock file %1 is a symbolic link. Seqera never writes through a link in its own folders: remove the link, then try again.</source>
        <translation>Die Sperrdatei %1 ist ein symbolischer Link. Seqera schreibt in seinen eigenen Ordnern nie über einen Link: Entfernen Sie den Link und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>seqera::ProviderMetadata</name>
    <message>
        <source>sign-in configuration request</source>
        <translation>Anfrage der Anmeldekonfiguration</translation>
    </message>
    <message>
        <source>The sign-in configuration at %1 lacks an authorization or token endpoint. Check SEQERA_AUTH_DOMAIN.</source>
        <translation>Der Anmeldekonfiguration unter %1 fehlt ein Autorisierungs- oder Token-Endpunkt. Prüfen Sie SEQERA_AUTH_DOMAIN.</translation>
    </message>
    <message>
        <source>The sign-in configuration at %1 names a plain-HTTP endpoint (%2); refusing to send credentials there.</source>
        <translation>Die Anmeldekonfiguration unter %1 nennt einen unverschlüsselten HTTP-Endpunkt (%2); dorthin werden keine Zugangsdaten gesendet.</translation>
    </message>
</context>
<context>
    <name>seqera::Renewal</name>
    <message>
        <source>Not logged in (profile &quot;%1&quot;). Run &quot;seqera login&quot; to sign in.</source>
        <translation>Nicht angemeldet (Profil „%1“). Führen Sie „seqera login“ aus, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The session of profile &quot;%1&quot; has expired and cannot be renewed. Please run: seqera login</source>
        <translation>Die Sitzung des Profils „%1“ ist abgelaufen und kann nicht erneuert werden. Bitte führen Sie aus: seqera login</translation>
    </message>
    <message>
        <source>The stored credentials of profile &quot;%1&quot; (%2) are damaged. Run &quot;seqera logout&quot; to clean up, then &quot;seqera login&quot;.</source>
        <translation>Die gespeicherten Zugangsdaten des Profils „%1“ (%2) sind beschädigt. Führen Sie „seqera logout“ zum Aufräumen und dann „seqera login“ aus.</translation>
    </message>
    <message>
        <source>The session of profile &quot;%1&quot; was removed meanwhile. Run &quot;seqera login&quot; to sign in.</source>
        <translation>Die Sitzung des Profils „%1“ wurde inzwischen entfernt. Führen Sie „seqera login“ aus, um sich anzumelden.</translation>
    </message>
    <message>
        <source>The credentials of profile &quot;%1&quot; could not be read from the system keyring. If it is locked, unlock it and try again; if they were deleted, run &quot;seqera login&quot;.</source>
        <translation>Die Zugangsdaten des Profils „%1“ konnten nicht aus dem System-Schlüsselbund gelesen werden. Ist er gesperrt, entsperren Sie ihn und versuchen Sie es erneut; wurden sie gelöscht, führen Sie „seqera login“ aus.</translation>
    </message>
    <message>
        <source>The credentials of profile &quot;%1&quot; are missing from %2. Run &quot;seqera login&quot; to sign in again.</source>
        <translation>Die Zugangsdaten des Profils „%1“ fehlen in %2. Führen Sie „seqera login“ aus, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>The session of profile &quot;%1&quot; must be renewed, but the renewed credentials could not be stored (%2). Free some disk space or make the folder writable, then try again. Nothing was changed.</source>
        <translation>Die Sitzung des Profils „%1“ muss erneuert werden, aber die erneuerten Zugangsdaten konnten nicht gespeichert werden (%2). Geben Sie Speicherplatz frei oder machen Sie den Ordner beschreibbar und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not renew the session of profile &quot;%1&quot;: %2 The stored session was kept; try again later.</source>
        <translation>Die Sitzung des Profils „%1“ konnte nicht erneuert werden: %2 Die gespeicherte Sitzung wurde behalten; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the stored access token of profile &quot;%1&quot;, and it cannot be renewed. Please run: seqera login</source>
        <translation>Der Server hat das gespeicherte Zugriffstoken des Profils „%1“ abgelehnt, und es kann nicht erneuert werden. Bitte ausführen: seqera login</translation>
    </message>
    <message>
        <source>The renewed session could not be saved (%1). Run &quot;seqera login&quot; again.</source>
        <translation>Die erneuerte Sitzung konnte nicht gespeichert werden (%1). Führen Sie „seqera login“ erneut aus.</translation>
    </message>
</context>
<context>
    <name>seqera::SecureFile</name>
    <message>
        <source>Could not write %1: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The previous version was kept.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Die vorige Fassung wurde behalten.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2.</source>
        <translation>%1 konnte nicht gelöscht werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 belongs to another user, so what is stored there cannot be trusted. Remove it (or ask its owner to), or set XDG_CONFIG_HOME and XDG_STATE_HOME to folders of your own, then try again.</source>
        <translation>Der Ordner %1 gehört einem anderen Benutzer, daher kann dem, was dort gespeichert ist, nicht vertraut werden. Entfernen Sie ihn (oder bitten Sie seinen Eigentümer darum) oder setzen Sie XDG_CONFIG_HOME und XDG_STATE_HOME auf eigene Ordner und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The folder %1 can be changed by other users (mode %2), so what is stored there cannot be trusted. Make it private (chmod 700 %1), check what is in it, and try again.</source>
        <translation>Der Ordner %1 kann von anderen Benutzern geändert werden (Modus %2), daher kann dem, was dort gespeichert ist, nicht vertraut werden. Machen Sie ihn privat (chmod 700 %1), prüfen Sie seinen Inhalt und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not check the folder %1: %2.</source>
        <translation>Der Ordner %1 konnte nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>Could not make the folder %1 private: %2.</source>
        <translation>Der Ordner %1 konnte nicht privat gemacht werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. Seqera never reads, writes or deletes through a link in its own folders: remove the link, then try again.</source>
        <translation>%1 ist ein symbolischer Link. Seqera liest, schreibt und löscht in seinen eigenen Ordnern nie über einen Link: Entfernen Sie den Link und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: a file is in the way.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden: Eine Datei ist im Weg.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2. Check that you can write there.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden: %2. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not write %1: it is not a regular file. Nothing was changed.</source>
        <translation>%1 konnte nicht geschrieben werden: Es ist keine reguläre Datei. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not read %1: it is not a regular file.</source>
        <translation>%1 konnte nicht gelesen werden: Es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 belongs to another user, so it cannot be trusted. Remove it, then try again.</source>
        <translation>%1 gehört einem anderen Benutzer und ist daher nicht vertrauenswürdig. Entfernen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Could not delete %1: it is a folder.</source>
        <translation>%1 konnte nicht gelöscht werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Could not delete everything in %1: %2.</source>
        <translation>In %1 konnte nicht alles gelöscht werden: %2.</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>Could not write %1: it is %2, and only a regular file is written to. Choose a file name.</source>
        <translation>%1 konnte nicht geschrieben werden: Es ist %2, und geschrieben wird nur in eine reguläre Datei. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a symbolic link, which is never followed. Choose the file itself or another name.</source>
        <translation>%1 konnte nicht geschrieben werden: Es ist ein symbolischer Link, und Links wird nie gefolgt. Wählen Sie die Datei selbst oder einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: it belongs to another user. Choose a file of your own.</source>
        <translation>%1 konnte nicht geschrieben werden: Es gehört einem anderen Benutzer. Wählen Sie eine eigene Datei.</translation>
    </message>
    <message>
        <source>Could not make %1 private: %2.</source>
        <translation>%1 konnte nicht privat gemacht werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: it is not open.</source>
        <translation>%1 konnte nicht geschrieben werden: Die Datei ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>This build of seqera cannot tell who owns %1, so it neither keeps nor trusts private files there (it was built without the POSIX support of core/os). Use a build for this system with private file support.</source>
        <translation>Dieser Build von seqera kann nicht feststellen, wem %1 gehört, und legt dort daher keine privaten Dateien an und vertraut keinen (er wurde ohne die POSIX-Unterstützung von core/os gebaut). Verwenden Sie einen Build für dieses System mit Unterstützung für private Dateien.</translation>
    </message>
</context>
<context>
    <name>seqera::SessionManager</name>
    <message>
        <source>Warning: no usable system keyring (%1). Credentials will be stored in a file readable only by you: %2</source>
        <translation>Warnung: kein nutzbarer System-Schlüsselbund (%1). Die Zugangsdaten werden in einer nur für Sie lesbaren Datei gespeichert: %2</translation>
    </message>
    <message>
        <source>The sign-in server offers no revocation; the server-side session stays valid until it expires.</source>
        <translation>Der Anmeldeserver bietet keinen Widerruf an; die Sitzung auf dem Server bleibt gültig, bis sie abläuft.</translation>
    </message>
    <message>
        <source>Could not revoke the session on the server (%1). It may remain valid there until it expires.</source>
        <translation>Die Sitzung konnte auf dem Server nicht widerrufen werden (%1). Sie bleibt dort möglicherweise gültig, bis sie abläuft.</translation>
    </message>
    <message>
        <source>The credentials were not found in the system keyring (it may be locked), so the session could not be revoked on the server. It stays valid there until it expires.</source>
        <translation>Die Zugangsdaten wurden im System-Schlüsselbund nicht gefunden (er ist möglicherweise gesperrt), daher konnte die Sitzung auf dem Server nicht widerrufen werden. Sie bleibt dort gültig, bis sie abläuft.</translation>
    </message>
</context>
<context>
    <name>seqera::SessionMetadata</name>
    <message>
        <source>The session file %1 is damaged and cannot be used. Run &quot;seqera logout&quot; to clean up, then &quot;seqera login&quot;.</source>
        <translation>Die Sitzungsdatei %1 ist beschädigt und kann nicht verwendet werden. Führen Sie „seqera logout“ zum Aufräumen und dann „seqera login“ aus.</translation>
    </message>
</context>
<context>
    <name>seqera::TokenClient</name>
    <message>
        <source>token revocation</source>
        <translation>Token-Widerruf</translation>
    </message>
    <message>
        <source>token renewal</source>
        <translation>Token-Erneuerung</translation>
    </message>
</context>
<context>
    <name>seqera::TokenReplyHandler</name>
    <message>
        <source>The sign-in server no longer accepts this session (%1). Please run: seqera login</source>
        <translation>Der Anmeldeserver akzeptiert diese Sitzung nicht mehr (%1). Bitte führen Sie aus: seqera login</translation>
    </message>
    <message>
        <source>The sign-in server refused access: %1</source>
        <translation>Der Anmeldeserver hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The sign-in server at %1 refused the token request (HTTP %2: %3).</source>
        <translation>Der Anmeldeserver unter %1 hat die Token-Anfrage abgelehnt (HTTP %2: %3).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>token request</source>
        <translation>Token-Anfrage</translation>
    </message>
    <message>
        <source>The sign-in server at %1 answered without an access token.</source>
        <translation>Der Anmeldeserver unter %1 hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in server at %1 failed to issue a token (HTTP %2).</source>
        <translation>Der Anmeldeserver unter %1 konnte kein Token ausstellen (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>seqera::TokenResolver</name>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>The access token from %1 was refused (HTTP 401). Check that it is a valid, unexpired Seqera Platform access token.</source>
        <translation>Das Zugriffstoken aus %1 wurde abgelehnt (HTTP 401). Prüfen Sie, ob es ein gültiges, nicht abgelaufenes Zugriffstoken für Seqera Platform ist.</translation>
    </message>
</context>
<context>
    <name>seqera::ai::AiBackendClient</name>
    <message>
        <source>The assistant reported an error without details.</source>
        <translation>Der Assistent hat einen Fehler ohne Details gemeldet.</translation>
    </message>
    <message>
        <source>The answer stream ended before the answer was complete.</source>
        <translation>Der Antwort-Stream endete, bevor die Antwort vollständig war.</translation>
    </message>
    <message numerus="yes">
        <source>The answer stream broke off and could not be resumed after %n attempt(s) (%1). The answer is incomplete: check the network and ask again.</source>
        <translation>
            <numerusform>Der Antwort-Stream brach ab und konnte nach %n Versuch nicht fortgesetzt werden (%1). Die Antwort ist unvollständig: Prüfen Sie das Netzwerk und fragen Sie erneut.</numerusform>
            <numerusform>Der Antwort-Stream brach ab und konnte nach %n Versuchen nicht fortgesetzt werden (%1). Die Antwort ist unvollständig: Prüfen Sie das Netzwerk und fragen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seqera AI session creation</source>
        <translation>Erstellung einer Seqera-AI-Sitzung</translation>
    </message>
    <message>
        <source>Seqera AI message</source>
        <translation>Seqera-AI-Nachricht</translation>
    </message>
    <message>
        <source>Seqera AI cancel request</source>
        <translation>Seqera-AI-Abbruchanfrage</translation>
    </message>
    <message>
        <source>Seqera AI tool result</source>
        <translation>Seqera-AI-Werkzeugergebnis</translation>
    </message>
    <message>
        <source>Seqera AI session end</source>
        <translation>Beenden einer Seqera-AI-Sitzung</translation>
    </message>
    <message>
        <source>Seqera AI session list</source>
        <translation>Seqera-AI-Sitzungsliste</translation>
    </message>
    <message>
        <source>Seqera AI session history</source>
        <translation>Seqera-AI-Sitzungsverlauf</translation>
    </message>
    <message>
        <source>Seqera AI credits request</source>
        <translation>Seqera-AI-Guthabenanfrage</translation>
    </message>
    <message>
        <source>Seqera AI answer stream</source>
        <translation>Seqera-AI-Antwort-Stream</translation>
    </message>
    <message>
        <source>The Seqera AI backend sent an event larger than %1 KiB; the answer stream was closed.</source>
        <translation>Das Seqera-AI-Backend hat ein Ereignis gesendet, das größer als %1 KiB ist; der Antwort-Stream wurde geschlossen.</translation>
    </message>
    <message>
        <source>The session id is not valid (1 to 128 letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;): nothing was sent.</source>
        <translation>Die Sitzungs-ID ist ungültig (1 bis 128 Buchstaben, Ziffern, „.“, „_“ oder „-“): Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The Seqera AI backend sent a session id that is not valid (1 to 128 letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;), so it is not used. Check SEQERA_AI_BACKEND_URL.</source>
        <translation>Das Seqera-AI-Backend hat eine ungültige Sitzungs-ID gesendet (1 bis 128 Buchstaben, Ziffern, „.“, „_“ oder „-“), daher wird sie nicht verwendet. Prüfen Sie SEQERA_AI_BACKEND_URL.</translation>
    </message>
    <message>
        <source>Seqera AI skills request</source>
        <translation>Anfrage der Seqera-AI-Skills</translation>
    </message>
    <message>
        <source>Seqera AI organization list</source>
        <translation>Seqera-AI-Organisationsliste</translation>
    </message>
    <message>
        <source>The Seqera AI backend sent an organization list without &quot;organizations&quot;. Check SEQERA_AI_BACKEND_URL.</source>
        <translation>Das Seqera-AI-Backend hat eine Organisationsliste ohne „organizations“ gesendet. Prüfen Sie SEQERA_AI_BACKEND_URL.</translation>
    </message>
    <message>
        <source>The Seqera AI backend sent nothing but keep-alives for %1, so the answer was given up. The backend may be overloaded or the run stuck: ask again later. (SEQERA_AI_IDLE_TIMEOUT_MS sets how long to wait.)</source>
        <translation>Das Seqera-AI-Backend hat %1 lang nur Keep-alive-Signale gesendet, daher wurde die Antwort aufgegeben. Das Backend ist möglicherweise überlastet oder der Lauf hängt: Fragen Sie später erneut. (SEQERA_AI_IDLE_TIMEOUT_MS legt fest, wie lange gewartet wird.)</translation>
    </message>
</context>
<context>
    <name>seqera::ai::ApprovalPolicy</name>
    <message>
        <source>Running a linter starts programs, which the basic approval mode does not allow without asking.</source>
        <translation>Ein Linter startet Programme, was der Freigabemodus „basic“ nicht ohne Nachfrage erlaubt.</translation>
    </message>
    <message>
        <source>The basic approval mode does not allow changing files (%1) without asking.</source>
        <translation>Der Freigabemodus „basic“ erlaubt keine Dateiänderungen (%1) ohne Nachfrage.</translation>
    </message>
    <message>
        <source>The command uses a dangerous program (%1), which always needs approval.</source>
        <translation>Der Befehl verwendet ein gefährliches Programm (%1), das immer eine Freigabe braucht.</translation>
    </message>
    <message>
        <source>%1 is not a tool this version of seqera knows.</source>
        <translation>%1 ist kein Werkzeug, das diese Version von seqera kennt.</translation>
    </message>
    <message>
        <source>%1 is outside the working directory %2 (after following ~, .. and symbolic links).</source>
        <translation>%1 liegt außerhalb des Arbeitsverzeichnisses %2 (nach Auflösen von ~, .. und symbolischen Links).</translation>
    </message>
    <message>
        <source>What this command runs cannot be checked (%1), so it always needs approval.</source>
        <translation>Was dieser Befehl ausführt, lässt sich nicht prüfen (%1), daher braucht er immer eine Freigabe.</translation>
    </message>
    <message>
        <source>The command names, or can reach, seqera&apos;s own credential or state files, which always needs approval.</source>
        <translation>Der Befehl nennt die eigenen Zugangsdaten- oder Statusdateien von seqera oder kann sie erreichen, was immer eine Freigabe braucht.</translation>
    </message>
    <message>
        <source>The command is not read-only, which the basic approval mode does not allow without asking.</source>
        <translation>Der Befehl ist nicht nur lesend, was der Freigabemodus „basic“ nicht ohne Nachfrage erlaubt.</translation>
    </message>
    <message>
        <source>The command does more than read or change files inside the working directory, which the default approval mode does not allow without asking.</source>
        <translation>Der Befehl tut mehr, als Dateien im Arbeitsverzeichnis zu lesen oder zu ändern, was der Freigabemodus „default“ nicht ohne Nachfrage erlaubt.</translation>
    </message>
    <message>
        <source>There is no sandbox here, so commands run with your own rights and the %1 approval mode asks before each one.</source>
        <translation>Hier gibt es keine Sandbox, daher laufen Befehle mit Ihren eigenen Rechten, und der Freigabemodus „%1“ fragt vor jedem Befehl nach.</translation>
    </message>
    <message>
        <source>The command writes to %1, outside the working directory, which the sandbox keeps read-only: it would have to run outside the sandbox, with your own rights.</source>
        <translation>Der Befehl schreibt nach %1 außerhalb des Arbeitsverzeichnisses, wo die Sandbox nur Lesezugriff erlaubt: Er müsste außerhalb der Sandbox laufen, mit Ihren eigenen Rechten.</translation>
    </message>
</context>
<context>
    <name>seqera::ai::ChildProcess</name>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>seqera::ai::Conversation</name>
    <message>
        <source>The Seqera AI backend refused the access token of %1 even after renewing it. Run &quot;seqera login&quot; and try again.</source>
        <translation>Das Seqera-AI-Backend hat das Zugriffstoken von %1 auch nach der Erneuerung abgelehnt. Führen Sie „seqera login“ aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Seqera AI backend refused the access token from %1 (HTTP 401). Replace it with a valid token, or unset it to use your login.</source>
        <translation>Das Seqera-AI-Backend hat das Zugriffstoken aus %1 abgelehnt (HTTP 401). Ersetzen Sie es durch ein gültiges Token oder entfernen Sie es, um Ihre Anmeldung zu verwenden.</translation>
    </message>
    <message>
        <source>Could not start a Seqera AI session: %1</source>
        <translation>Eine Seqera-AI-Sitzung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The answer was cancelled.</source>
        <translation>Die Antwort wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer ended early (reason: %1).</source>
        <translation>Die Antwort endete vorzeitig (Grund: %1).</translation>
    </message>
    <message>
        <source>Seqera AI reported an error: %1</source>
        <translation>Seqera AI hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>Refused without asking, because seqera ai runs headless: %1 Run it in a terminal to approve the tool, or choose a wider --approval-mode.</source>
        <translation>Ohne Nachfrage abgelehnt, weil seqera ai ohne Terminal (headless) läuft: %1 Führen Sie es in einem Terminal aus, um das Werkzeug freizugeben, oder wählen Sie einen weiter gefassten --approval-mode.</translation>
    </message>
    <message>
        <source>Could not send the tool&apos;s result: %1</source>
        <translation>Das Ergebnis des Werkzeugs konnte nicht gesendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Refused: this answer already asked for %n tool run(s), the most one answer may.</source>
        <translation>
            <numerusform>Abgelehnt: Diese Antwort hat bereits %n Werkzeugausführung angefordert, mehr darf eine Antwort nicht.</numerusform>
            <numerusform>Abgelehnt: Diese Antwort hat bereits %n Werkzeugausführungen angefordert, mehr darf eine Antwort nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: plan mode is on, so nothing on this machine is changed or run; only reading tools work. Describe the plan; the user leaves plan mode with /plan.</source>
        <translation>Abgelehnt: Der Planmodus ist an, daher wird auf diesem Rechner nichts geändert oder ausgeführt; nur lesende Werkzeuge funktionieren. Beschreiben Sie den Plan; der Benutzer verlässt den Planmodus mit /plan.</translation>
    </message>
    <message>
        <source>Refused without asking, because seqera ai runs headless: %1 Run it in a terminal to approve it, or allow such commands with --allow-outside-sandbox.</source>
        <translation>Ohne Nachfrage abgelehnt, weil seqera ai ohne Terminal (headless) läuft: %1 Führen Sie es in einem Terminal aus, um den Befehl freizugeben, oder erlauben Sie solche Befehle mit --allow-outside-sandbox.</translation>
    </message>
    <message>
        <source>The sandbox kept the command from writing outside the working directory (&quot;Read-only file system&quot;). Run it again outside the sandbox, with your own rights?</source>
        <translation>Die Sandbox hat den Befehl daran gehindert, außerhalb des Arbeitsverzeichnisses zu schreiben („Read-only file system“). Erneut außerhalb der Sandbox ausführen, mit Ihren eigenen Rechten?</translation>
    </message>
    <message>
        <source>[seqera: this command ran in a sandbox where only the working directory and /tmp are writable. The user can allow more with sandbox.writablePaths in config.json or with --allow-outside-sandbox.]</source>
        <translation>[seqera: Dieser Befehl lief in einer Sandbox, in der nur das Arbeitsverzeichnis und /tmp beschreibbar sind. Der Benutzer kann mit sandbox.writablePaths in config.json oder mit --allow-outside-sandbox mehr erlauben.]</translation>
    </message>
</context>
<context>
    <name>seqera::ai::LocalTools</name>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No search pattern given.</source>
        <translation>Kein Suchmuster angegeben.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>old_str is empty: say which text to replace.</source>
        <translation>old_str ist leer: Geben Sie an, welcher Text ersetzt werden soll.</translation>
    </message>
    <message>
        <source>The text to replace was not found in %1.</source>
        <translation>Der zu ersetzende Text wurde in %1 nicht gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>The text to replace occurs %n times in %1: give more context so it is unique.</source>
        <translation>
            <numerusform>Der zu ersetzende Text kommt %n-mal in %1 vor: Geben Sie mehr Kontext an, damit er eindeutig ist.</numerusform>
            <numerusform>Der zu ersetzende Text kommt %n-mal in %1 vor: Geben Sie mehr Kontext an, damit er eindeutig ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... (%n more diff line(s) not shown)</source>
        <translation>
            <numerusform>... (%n weitere Diff-Zeile nicht angezeigt)</numerusform>
            <numerusform>... (%n weitere Diff-Zeilen nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1 is one of seqera&apos;s own credential, session or lock files, or a process&apos;s environment or memory, which the assistant&apos;s tools never read or change.</source>
        <translation>Abgelehnt: %1 ist eine der eigenen Zugangsdaten-, Sitzungs- oder Sperrdateien von seqera oder die Umgebung bzw. der Speicher eines Prozesses; diese lesen oder ändern die Werkzeuge des Assistenten nie.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source> ... (line truncated)</source>
        <translation> ... (Zeile gekürzt)</translation>
    </message>
    <message>
        <source>[Showing lines %1-%2 of %3. Use start_line and end_line to read more.]</source>
        <translation>[Zeilen %1–%2 von %3 werden angezeigt. Verwenden Sie start_line und end_line, um mehr zu lesen.]</translation>
    </message>
    <message>
        <source>[stopped after %1 entries]</source>
        <translation>[nach %1 Einträgen angehalten]</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder.</source>
        <translation>%1 ist weder eine Datei noch ein Ordner.</translation>
    </message>
    <message>
        <source>Refused: %1 is not a regular file.</source>
        <translation>Abgelehnt: %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 already exists and has not been read in this session: read it with read_file_local first, then write it.</source>
        <translation>%1 existiert bereits und wurde in dieser Sitzung nicht gelesen: Lesen Sie die Datei zuerst mit read_file_local und schreiben Sie sie dann.</translation>
    </message>
    <message>
        <source>%1 is too large to rewrite here.</source>
        <translation>%1 ist zu groß, um hier neu geschrieben zu werden.</translation>
    </message>
    <message>
        <source>%1 is unchanged: it already has this content.</source>
        <translation>%1 ist unverändert: Die Datei hat bereits diesen Inhalt.</translation>
    </message>
    <message>
        <source>Cannot edit %1: it is not an existing file.</source>
        <translation>%1 kann nicht bearbeitet werden: Es ist keine vorhandene Datei.</translation>
    </message>
    <message>
        <source>%1 has not been read in this session: read it with read_file_local first, then edit it.</source>
        <translation>%1 wurde in dieser Sitzung nicht gelesen: Lesen Sie die Datei zuerst mit read_file_local und bearbeiten Sie sie dann.</translation>
    </message>
    <message>
        <source>%1 is too large to edit here.</source>
        <translation>%1 ist zu groß, um hier bearbeitet zu werden.</translation>
    </message>
    <message>
        <source>[Output truncated: showing %1 of %2 lines (%3 of %4 bytes).]</source>
        <translation>[Ausgabe gekürzt: %1 von %2 Zeilen werden angezeigt (%3 von %4 Bytes).]</translation>
    </message>
    <message>
        <source>[Output truncated: showing %1 of %2 lines (%3 of %4 bytes). The full output is in %5]</source>
        <translation>[Ausgabe gekürzt: %1 von %2 Zeilen werden angezeigt (%3 von %4 Bytes). Die vollständige Ausgabe steht in %5]</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>Der Befehl wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The command was stopped after %n second(s) without finishing.</source>
        <translation>
            <numerusform>Der Befehl wurde nach %n Sekunde angehalten, ohne fertig zu werden.</numerusform>
            <numerusform>Der Befehl wurde nach %n Sekunden angehalten, ohne fertig zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The command was stopped: it wrote more than %1 MiB of output.</source>
        <translation>Der Befehl wurde angehalten: Er hat mehr als %1 MiB ausgegeben.</translation>
    </message>
    <message>
        <source>%1 has changed since it was read (at %2): read it again with read_file_local, then change it.</source>
        <translation>%1 wurde geändert, seit die Datei gelesen wurde (um %2): Lesen Sie sie erneut mit read_file_local und ändern Sie sie dann.</translation>
    </message>
    <message>
        <source>(Results are truncated: showing first %1 entries. Prefer search_files_local with include_glob to narrow the area before reading files.)</source>
        <translation>(Ergebnisse gekürzt: Die ersten %1 Einträge werden angezeigt. Grenzen Sie den Bereich besser mit search_files_local und include_glob ein, bevor Sie Dateien lesen.)</translation>
    </message>
    <message>
        <source>(Results truncated: showing %1 of %2 matches (%3 hidden). Use a narrower path, include_glob, or pattern.)</source>
        <translation>(Ergebnisse gekürzt: %1 von %2 Treffern werden angezeigt (%3 ausgeblendet). Verwenden Sie einen engeren Pfad, ein engeres include_glob oder Muster.)</translation>
    </message>
    <message>
        <source>The pattern cannot be used: %1. Patterns are regular expressions in RE2 syntax, as ripgrep&apos;s: backreferences (\1) and lookaround ((?=...), (?!...), (?&lt;=...)) are not supported; use a simpler pattern and check the lines found with read_file_local.</source>
        <translation>Das Muster kann nicht verwendet werden: %1. Muster sind reguläre Ausdrücke in RE2-Syntax, wie bei ripgrep: Rückverweise (\1) und Lookaround ((?=...), (?!...), (?&lt;=...)) werden nicht unterstützt; verwenden Sie ein einfacheres Muster und prüfen Sie die gefundenen Zeilen mit read_file_local.</translation>
    </message>
    <message>
        <source>include_glob is not a glob that can be used: %1</source>
        <translation>include_glob ist kein verwendbares Glob-Muster: %1</translation>
    </message>
    <message>
        <source>(Search stopped after the %1 newest files (%2 MiB): narrow the path or include_glob to search the other %3.)</source>
        <translation>(Suche nach den %1 neuesten Dateien (%2 MiB) angehalten: Schränken Sie den Pfad oder include_glob ein, um die übrigen %3 zu durchsuchen.)</translation>
    </message>
    <message>
        <source>Refused: write_file_local only creates files or rewrites short ones (up to %1 lines and %2 characters), and %3 is an existing file of %4 lines and %5 characters (the new content: %6 lines, %7 characters). Read the part to change and use edit_file_local instead.</source>
        <translation>Abgelehnt: write_file_local legt nur Dateien an oder schreibt kurze neu (bis zu %1 Zeilen und %2 Zeichen), und %3 ist eine vorhandene Datei mit %4 Zeilen und %5 Zeichen (der neue Inhalt: %6 Zeilen, %7 Zeichen). Lesen Sie den zu ändernden Teil und verwenden Sie stattdessen edit_file_local.</translation>
    </message>
    <message>
        <source>The text to replace was not found exactly in %1, and it is about as close to several places: read the file again and give the exact text.</source>
        <translation>Der zu ersetzende Text wurde in %1 nicht exakt gefunden und ähnelt mehreren Stellen etwa gleich stark: Lesen Sie die Datei erneut und geben Sie den exakten Text an.</translation>
    </message>
    <message>
        <source>The text to replace was not found exactly in %1, and it is too long to be matched approximately: read the file again and give the exact text.</source>
        <translation>Der zu ersetzende Text wurde in %1 nicht exakt gefunden und ist zu lang für einen ungefähren Abgleich: Lesen Sie die Datei erneut und geben Sie den exakten Text an.</translation>
    </message>
    <message>
        <source>This build of seqera runs no commands: it cannot stop what a command starts on this system (no process groups). Use the file tools instead, or run the command yourself.</source>
        <translation>Dieser Build von seqera führt keine Befehle aus: Er kann auf diesem System nicht beenden, was ein Befehl startet (keine Prozessgruppen). Verwenden Sie stattdessen die Datei-Werkzeuge, oder führen Sie den Befehl selbst aus.</translation>
    </message>
</context>
<context>
    <name>seqera::ai::Organizations</name>
    <message>
        <source>No organization has the id or name &quot;%1&quot;. Run &quot;seqera org list&quot; to see yours.</source>
        <translation>Keine Organisation hat die ID oder den Namen „%1“. Führen Sie „seqera org list“ aus, um Ihre zu sehen.</translation>
    </message>
    <message>
        <source>Several organizations are called &quot;%1&quot;: choose one by its id (see &quot;seqera org list&quot;).</source>
        <translation>Mehrere Organisationen heißen „%1“: Wählen Sie eine anhand ihrer ID aus (siehe „seqera org list“).</translation>
    </message>
</context>
<context>
    <name>seqera::ai::PathResolver</name>
    <message>
        <source>The path contains a NUL character.</source>
        <translation>Der Pfad enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links in %1.</source>
        <translation>Zu viele Ebenen symbolischer Links in %1.</translation>
    </message>
    <message>
        <source>Cannot read the symbolic link %1.</source>
        <translation>Der symbolische Link %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>seqera::ai::RunRecorder</name>
    <message>
        <source>Cannot record the run (--events-path): %1</source>
        <translation>Der Lauf kann nicht protokolliert werden (--events-path): %1</translation>
    </message>
</context>
<context>
    <name>seqera::ai::Sandbox</name>
    <message>
        <source>the sandbox is turned off (SEQERA_AI_SANDBOX=%1)</source>
        <translation>die Sandbox ist ausgeschaltet (SEQERA_AI_SANDBOX=%1)</translation>
    </message>
    <message>
        <source>SEQERA_AI_SANDBOX=%1 is not a sandbox seqera knows (use auto or none)</source>
        <translation>SEQERA_AI_SANDBOX=%1 ist keine Sandbox, die seqera kennt (verwenden Sie auto oder none)</translation>
    </message>
    <message>
        <source>bubblewrap is not installed (Debian and Ubuntu: apt install bubblewrap)</source>
        <translation>bubblewrap ist nicht installiert (Debian und Ubuntu: apt install bubblewrap)</translation>
    </message>
    <message>
        <source>bubblewrap did not start within %1 seconds</source>
        <translation>bubblewrap ist nicht innerhalb von %1 Sekunden gestartet</translation>
    </message>
    <message>
        <source>bubblewrap exited with code %1</source>
        <translation>bubblewrap wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>bubblewrap cannot start here (%1)</source>
        <translation>bubblewrap kann hier nicht starten (%1)</translation>
    </message>
    <message>
        <source>bubblewrap (%1) with a Landlock scope: commands see the system read-only, write only where the approval mode allows, and cannot see seqera&apos;s own files, other processes or the desktop&apos;s sockets</source>
        <translation>bubblewrap (%1) mit Landlock-Scope: Befehle sehen das System nur lesend, schreiben nur, wo der Freigabemodus es erlaubt, und sehen weder die eigenen Dateien von seqera noch andere Prozesse oder die Sockets des Desktops</translation>
    </message>
    <message>
        <source>bubblewrap (%1): commands see the system read-only, write only where the approval mode allows, and cannot see seqera&apos;s own files or other processes (abstract sockets stay reachable: this kernel has no Landlock scopes)</source>
        <translation>bubblewrap (%1): Befehle sehen das System nur lesend, schreiben nur, wo der Freigabemodus es erlaubt, und sehen weder die eigenen Dateien von seqera noch andere Prozesse (abstrakte Sockets bleiben erreichbar: Dieser Kernel hat keine Landlock-Scopes)</translation>
    </message>
    <message>
        <source>none (%1): every command the approval mode would run unasked is asked about instead, and commands run with your own rights</source>
        <translation>keine (%1): Bei jedem Befehl, den der Freigabemodus ohne Nachfrage ausführen würde, wird stattdessen nachgefragt, und Befehle laufen mit Ihren eigenen Rechten</translation>
    </message>
    <message>
        <source>this build of seqera has no sandbox for this system</source>
        <translation>dieser Build von seqera hat keine Sandbox für dieses System</translation>
    </message>
</context>
<context>
    <name>seqera::ai::SessionRecord</name>
    <message>
        <source>The session id is not valid, so it is not recorded.</source>
        <translation>Die Sitzungs-ID ist ungültig und wird daher nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>seqera::ai::SlashCommand</name>
    <message>
        <source>this list</source>
        <translation>diese Liste</translation>
    </message>
    <message>
        <source>end the session and leave (also Ctrl-D)</source>
        <translation>die Sitzung beenden und verlassen (auch Strg-D)</translation>
    </message>
    <message>
        <source>end this session; the next message starts a new one</source>
        <translation>diese Sitzung beenden; die nächste Nachricht beginnt eine neue</translation>
    </message>
    <message>
        <source>the current session&apos;s id and how to resume it</source>
        <translation>die ID der aktuellen Sitzung und wie man sie fortsetzt</translation>
    </message>
    <message>
        <source>recent sessions; pick one to switch to it</source>
        <translation>letzte Sitzungen; eine auswählen, um zu ihr zu wechseln</translation>
    </message>
    <message>
        <source>the organization sessions are created for</source>
        <translation>die Organisation, für die Sitzungen erstellt werden</translation>
    </message>
    <message>
        <source>your Seqera AI usage and limit</source>
        <translation>Ihre Seqera-AI-Nutzung und Ihr Limit</translation>
    </message>
    <message>
        <source>show or change which local tools run without asking</source>
        <translation>anzeigen oder ändern, welche lokalen Werkzeuge ohne Nachfrage laufen</translation>
    </message>
    <message>
        <source>backend, session, approval mode, token source</source>
        <translation>Backend, Sitzung, Freigabemodus, Token-Quelle</translation>
    </message>
    <message>
        <source>show or hide the assistant&apos;s reasoning</source>
        <translation>die Überlegungen des Assistenten anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>the skills of this project, yours and Seqera AI&apos;s; /&lt;skill&gt; [request] uses one</source>
        <translation>die Skills dieses Projekts, Ihre eigenen und die von Seqera AI; /&lt;Skill&gt; [Anfrage] verwendet einen</translation>
    </message>
    <message>
        <source>plan mode on or off: the assistant plans, nothing on this machine is changed or run</source>
        <translation>Planmodus an oder aus: Der Assistent plant, auf diesem Rechner wird nichts geändert oder ausgeführt</translation>
    </message>
</context>
<context>
    <name>seqera::cli::AiCommand</name>
    <message>
        <source>Cancelling the answer...</source>
        <translation>Antwort wird abgebrochen ...</translation>
    </message>
    <message>
        <source>No earlier conversation in this directory: starting a new one.</source>
        <translation>Keine frühere Unterhaltung in diesem Verzeichnis: Eine neue wird begonnen.</translation>
    </message>
    <message>
        <source>Resumed conversation %1.</source>
        <translation>Unterhaltung %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>[tool] %1</source>
        <translation>[Werkzeug] %1</translation>
    </message>
    <message>
        <source>(Compacting the conversation...)</source>
        <translation>(Die Unterhaltung wird verdichtet ...)</translation>
    </message>
    <message>
        <source>[running] %1</source>
        <translation>[läuft] %1</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>[exit code %1]</source>
        <translation>[Exit-Code %1]</translation>
    </message>
    <message>
        <source>Ask Seqera AI, the assistant for Nextflow and Seqera Platform:
  seqera ai                        a conversation in the terminal
  seqera ai &quot;why did my run fail?&quot;  one question, then the conversation
  seqera ai --headless &quot;...&quot; &gt; answer.txt   for scripts</source>
        <translation>Fragen Sie Seqera AI, den Assistenten für Nextflow und Seqera Platform:
  seqera ai                        eine Unterhaltung im Terminal
  seqera ai &quot;why did my run fail?&quot;  eine Frage, dann die Unterhaltung
  seqera ai --headless &quot;...&quot; &gt; answer.txt   für Skripte</translation>
    </message>
    <message>
        <source>The question to ask (optional).</source>
        <translation>Die zu stellende Frage (optional).</translation>
    </message>
    <message>
        <source>Use this access token (&quot;-&quot; reads it from stdin) instead of $SEQERA_ACCESS_TOKEN, $SEQERA_TOKEN, $TOWER_ACCESS_TOKEN or the profile.</source>
        <translation>Dieses Zugriffstoken verwenden („-“ liest es von stdin) statt $SEQERA_ACCESS_TOKEN, $SEQERA_TOKEN, $TOWER_ACCESS_TOKEN oder des Profils.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Answer one question on stdout and exit (also when stdout is not a terminal).</source>
        <translation>Eine Frage auf stdout beantworten und beenden (auch wenn stdout kein Terminal ist).</translation>
    </message>
    <message>
        <source>Resume the conversation with this id.</source>
        <translation>Die Unterhaltung mit dieser ID fortsetzen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Which local tools run without asking: basic (read-only commands), default (also file edits in this directory) or full (all but dangerous commands).</source>
        <translation>Welche lokalen Werkzeuge ohne Nachfrage laufen: basic (nur lesende Befehle), default (auch Dateiänderungen in diesem Verzeichnis) oder full (alle außer gefährlichen Befehlen).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Show the assistant&apos;s reasoning on stderr.</source>
        <translation>Die Überlegungen des Assistenten auf stderr anzeigen.</translation>
    </message>
    <message>
        <source>Show tool activity on stderr.</source>
        <translation>Werkzeugaktivität auf stderr anzeigen.</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>(Press Ctrl-C again, type /exit or press Ctrl-D to leave.)</source>
        <translation>(Drücken Sie erneut Strg-C, geben Sie /exit ein oder drücken Sie Strg-D, um zu beenden.)</translation>
    </message>
    <message>
        <source>(session %1)</source>
        <translation>(Sitzung %1)</translation>
    </message>
    <message>
        <source>%1 (exit code %2)</source>
        <translation>%1 (Exit-Code %2)</translation>
    </message>
    <message>
        <source>%1 (not run: %2)</source>
        <translation>%1 (nicht ausgeführt: %2)</translation>
    </message>
    <message>
        <source>[refused] %1</source>
        <translation>[abgelehnt] %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>[thinking] </source>
        <translation>[Überlegung] </translation>
    </message>
    <message>
        <source>[tool error] %1</source>
        <translation>[Werkzeugfehler] %1</translation>
    </message>
    <message>
        <source>[tool result] %1</source>
        <translation>[Werkzeugergebnis] %1</translation>
    </message>
    <message>
        <source>Seqera AI wants to run:</source>
        <translation>Seqera AI möchte ausführen:</translation>
    </message>
    <message>
        <source>  1) Yes, once</source>
        <translation>  1) Ja, einmal</translation>
    </message>
    <message>
        <source>  2) Yes, and allow %1 for the rest of this session</source>
        <translation>  2) Ja, und %1 für den Rest dieser Sitzung erlauben</translation>
    </message>
    <message>
        <source>  3) No, tell Seqera AI what to do instead</source>
        <translation>  3) Nein, Seqera AI sagen, was stattdessen zu tun ist</translation>
    </message>
    <message>
        <source>Choice [1/2/3]: </source>
        <translation>Auswahl [1/2/3]: </translation>
    </message>
    <message>
        <source>Choice [1/3]: </source>
        <translation>Auswahl [1/3]: </translation>
    </message>
    <message numerus="yes">
        <source>Continuing the most recent of %n conversations in this directory (%1). Use -s ID to choose another.</source>
        <translation>
            <numerusform>Die neueste von %n Unterhaltung in diesem Verzeichnis wird fortgesetzt (%1). Wählen Sie mit -s ID eine andere.</numerusform>
            <numerusform>Die neueste von %n Unterhaltungen in diesem Verzeichnis wird fortgesetzt (%1). Wählen Sie mit -s ID eine andere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations in this directory, most recent first:</source>
        <translation>Unterhaltungen in diesem Verzeichnis, neueste zuerst:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Which one [1-%1, Enter for 1]: </source>
        <translation>Welche [1-%1, Eingabetaste für 1]: </translation>
    </message>
    <message>
        <source>Nothing chosen.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Seqera AI (approval mode: %1). Type /help for commands, /exit or Ctrl-D to leave, Ctrl-C to stop an answer.</source>
        <translation>Seqera AI (Freigabemodus: %1). Geben Sie /help für Befehle ein, /exit oder Strg-D zum Beenden, Strg-C zum Abbrechen einer Antwort.</translation>
    </message>
    <message>
        <source>(The earlier messages could not be loaded: %1)</source>
        <translation>(Die früheren Nachrichten konnten nicht geladen werden: %1)</translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier message(s) not shown)</source>
        <translation>
            <numerusform>(%n frühere Nachricht nicht angezeigt)</numerusform>
            <numerusform>(%n frühere Nachrichten nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands (handled here, never sent to Seqera AI):</source>
        <translation>Befehle (werden hier verarbeitet, nie an Seqera AI gesendet):</translation>
    </message>
    <message>
        <source>Cleared: your next message starts a new session.</source>
        <translation>Zurückgesetzt: Ihre nächste Nachricht beginnt eine neue Sitzung.</translation>
    </message>
    <message>
        <source>No session yet: one is created with your first message.</source>
        <translation>Noch keine Sitzung: Sie wird mit Ihrer ersten Nachricht erstellt.</translation>
    </message>
    <message>
        <source>No earlier sessions.</source>
        <translation>Keine früheren Sitzungen.</translation>
    </message>
    <message>
        <source>Recent sessions:</source>
        <translation>Letzte Sitzungen:</translation>
    </message>
    <message>
        <source>Switched to session %1.</source>
        <translation>Zu Sitzung %1 gewechselt.</translation>
    </message>
    <message>
        <source>Organization: none selected (your personal usage). Choose one with: seqera org switch</source>
        <translation>Organisation: keine ausgewählt (Ihre persönliche Nutzung). Wählen Sie eine mit: seqera org switch</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>unknown approval mode &quot;%1&quot;: use basic, default or full.</source>
        <translation>unbekannter Freigabemodus „%1“: Verwenden Sie basic, default oder full.</translation>
    </message>
    <message>
        <source>Approval mode: %1</source>
        <translation>Freigabemodus: %1</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>(created with your first message)</source>
        <translation>(wird mit Ihrer ersten Nachricht erstellt)</translation>
    </message>
    <message>
        <source>Token from: %1</source>
        <translation>Token-Quelle: %1</translation>
    </message>
    <message>
        <source>Working directory: %1</source>
        <translation>Arbeitsverzeichnis: %1</translation>
    </message>
    <message>
        <source>Reasoning shown: %1</source>
        <translation>Überlegungen angezeigt: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The assistant&apos;s reasoning is now shown.</source>
        <translation>Die Überlegungen des Assistenten werden jetzt angezeigt.</translation>
    </message>
    <message>
        <source>The assistant&apos;s reasoning is now hidden.</source>
        <translation>Die Überlegungen des Assistenten werden jetzt ausgeblendet.</translation>
    </message>
    <message>
        <source>unknown command /%1. Type /help for the list; start the line with // to send it as text.</source>
        <translation>unbekannter Befehl /%1. Geben Sie /help für die Liste ein; beginnen Sie die Zeile mit //, um sie als Text zu senden.</translation>
    </message>
    <message>
        <source>Continue a recent conversation of this directory (a choice on a terminal when there are several; headless takes the most recent).</source>
        <translation>Eine letzte Unterhaltung dieses Verzeichnisses fortsetzen (im Terminal eine Auswahl, wenn es mehrere gibt; headless die neueste).</translation>
    </message>
    <message>
        <source>Headless: show each tool&apos;s result (up to 500 characters) on stderr.</source>
        <translation>Headless: das Ergebnis jedes Werkzeugs (bis zu 500 Zeichen) auf stderr anzeigen.</translation>
    </message>
    <message>
        <source>Headless, for programs driving seqera ai: JSON records on stdout, one a line (run_started, text, thinking, tool_call, tool_result, complete, error).</source>
        <translation>Headless, für Programme, die seqera ai steuern: JSON-Datensätze auf stdout, einer pro Zeile (run_started, text, thinking, tool_call, tool_result, complete, error).</translation>
    </message>
    <message>
        <source>Append a diagnostic record of the run (JSON lines, mode 0600) to this file.</source>
        <translation>Ein Diagnoseprotokoll des Laufs (JSON Lines, Modus 0600) an diese Datei anhängen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Ask Seqera AI for more detailed answers.</source>
        <translation>Seqera AI um ausführlichere Antworten bitten.</translation>
    </message>
    <message>
        <source>use either --continue or --session, not both.</source>
        <translation>verwenden Sie entweder --continue oder --session, nicht beide.</translation>
    </message>
    <message>
        <source>--events-path needs a file name.</source>
        <translation>--events-path braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--token - read an empty token from stdin.</source>
        <translation>--token - hat ein leeres Token von stdin gelesen.</translation>
    </message>
    <message>
        <source>--token needs a token, or &quot;-&quot; to read it from stdin.</source>
        <translation>--token braucht ein Token oder „-“, um es von stdin zu lesen.</translation>
    </message>
    <message>
        <source>without a terminal, seqera ai needs a question: seqera ai --headless &quot;QUESTION&quot;, or the question on stdin.</source>
        <translation>ohne Terminal braucht seqera ai eine Frage: seqera ai --headless &quot;FRAGE&quot; oder die Frage auf stdin.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>%1 (%2% used)</source>
        <translation>%1 (%2 % verbraucht)</translation>
    </message>
    <message>
        <source>Seqera AI sent no credit information.</source>
        <translation>Seqera AI hat keine Guthabeninformationen gesendet.</translation>
    </message>
    <message>
        <source>Seqera AI credits</source>
        <translation>Seqera-AI-Guthaben</translation>
    </message>
    <message>
        <source>The answer was cancelled.</source>
        <translation>Die Antwort wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Resume it with: %1</source>
        <translation>Fortsetzen mit: %1</translation>
    </message>
    <message>
        <source>Seqera AI wants to run, outside the sandbox:</source>
        <translation>Seqera AI möchte außerhalb der Sandbox ausführen:</translation>
    </message>
    <message>
        <source>warning: the assistant&apos;s commands run without a sandbox: %1. Commands ask before they run (docs/security-model.md).</source>
        <translation>Warnung: Die Befehle des Assistenten laufen ohne Sandbox: %1. Vor jedem Befehl wird nachgefragt (docs/security-model.md).</translation>
    </message>
    <message>
        <source>Session: %1
Resume it later with: %2</source>
        <translation>Sitzung: %1
Später fortsetzen mit: %2</translation>
    </message>
    <message>
        <source>Plan mode: %1</source>
        <translation>Planmodus: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>Plan mode is on: the assistant plans, and nothing on this machine is changed or run. /plan again to leave it.</source>
        <translation>Der Planmodus ist an: Der Assistent plant, und auf diesem Rechner wird nichts geändert oder ausgeführt. Erneut /plan, um ihn zu verlassen.</translation>
    </message>
    <message>
        <source>Plan mode is off.</source>
        <translation>Der Planmodus ist aus.</translation>
    </message>
    <message>
        <source>No skills: none in this project or your skill folders, and none from Seqera AI.</source>
        <translation>Keine Skills: weder in diesem Projekt noch in Ihren Skill-Ordnern, und keine von Seqera AI.</translation>
    </message>
    <message>
        <source>Headless: run the commands the approval mode allows even when they need to write outside the sandbox (or there is no sandbox), instead of refusing them.</source>
        <translation>Headless: die Befehle, die der Freigabemodus erlaubt, auch dann ausführen, wenn sie außerhalb der Sandbox schreiben müssen (oder es keine Sandbox gibt), statt sie abzulehnen.</translation>
    </message>
    <message>
        <source>Sandbox for the assistant&apos;s commands: %1.</source>
        <translation>Sandbox für die Befehle des Assistenten: %1.</translation>
    </message>
    <message>
        <source>unknown approval mode &quot;%1&quot; in %2 (approvalMode): use basic, default or full.</source>
        <translation>unbekannter Freigabemodus „%1“ in %2 (approvalMode): Verwenden Sie basic, default oder full.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a session id (1 to 128 letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;). The ids are listed by /sessions in a conversation.</source>
        <translation>„%1“ ist keine Sitzungs-ID (1 bis 128 Buchstaben, Ziffern, „.“, „_“ oder „-“). Die IDs listet /sessions in einer Unterhaltung auf.</translation>
    </message>
</context>
<context>
    <name>seqera::cli::Command</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Existing profiles: %1. Choose one with --profile NAME.</source>
        <translation>Vorhandene Profile: %1. Wählen Sie eines mit --profile NAME.</translation>
    </message>
    <message>
        <source>Did you mean --profile %1? Existing profiles: %2. Choose one with --profile NAME.</source>
        <translation>Meinten Sie --profile %1? Vorhandene Profile: %2. Wählen Sie eines mit --profile NAME.</translation>
    </message>
    <message>
        <source>Use the profile &lt;name&gt; (default: $SEQERA_PROFILE, then the one chosen with &quot;seqera profile use&quot;, then &quot;default&quot;).</source>
        <translation>Das Profil &lt;Name&gt; verwenden (Vorgabe: $SEQERA_PROFILE, dann das mit „seqera profile use“ gewählte, dann „default“).</translation>
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
        <translation>Ein Shell-Vervollständigungsskript ausgeben (bash, zsh oder fish).
Pakete installieren es; so laden Sie eines von Hand:
  bash:  source &lt;(seqera completion bash)
  zsh:   source &lt;(seqera completion zsh)   (nach compinit)
  fish:  seqera completion fish | source</translation>
    </message>
    <message>
        <source>bash, zsh or fish.</source>
        <translation>bash, zsh oder fish.</translation>
    </message>
    <message>
        <source>name a shell: seqera completion bash|zsh|fish</source>
        <translation>nennen Sie eine Shell: seqera completion bash|zsh|fish</translation>
    </message>
    <message>
        <source>no completion for &quot;%1&quot;; choose bash, zsh or fish</source>
        <translation>keine Vervollständigung für „%1“; wählen Sie bash, zsh oder fish</translation>
    </message>
</context>
<context>
    <name>seqera::cli::LoginCommand</name>
    <message>
        <source>Sign in to Seqera Platform with your browser.</source>
        <translation>Mit Ihrem Browser bei Seqera Platform anmelden.</translation>
    </message>
    <message>
        <source>Do not open a browser; print the URL to open elsewhere.</source>
        <translation>Keinen Browser öffnen; die URL ausgeben, um sie anderswo zu öffnen.</translation>
    </message>
    <message>
        <source>Sign in to this auth domain instead of $SEQERA_AUTH_DOMAIN.</source>
        <translation>Bei dieser Auth-Domain statt $SEQERA_AUTH_DOMAIN anmelden.</translation>
    </message>
    <message>
        <source>auth-domain</source>
        <translation>Auth-Domain</translation>
    </message>
    <message>
        <source>Store credentials in a file readable only by you instead of the system keyring.</source>
        <translation>Zugangsdaten in einer nur für Sie lesbaren Datei statt im System-Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Note: this looks like a remote (SSH) session. The browser must reach 127.0.0.1:%1 on this machine. If it runs elsewhere, forward the port first (ssh -L %1:127.0.0.1:%1 ...), or use --no-browser and open the URL on a machine whose 127.0.0.1 is this one.</source>
        <translation>Hinweis: Dies scheint eine entfernte (SSH-)Sitzung zu sein. Der Browser muss 127.0.0.1:%1 auf diesem Rechner erreichen. Läuft er anderswo, leiten Sie zuerst den Port weiter (ssh -L %1:127.0.0.1:%1 ...) oder verwenden Sie --no-browser und öffnen Sie die URL auf einem Rechner, dessen 127.0.0.1 dieser ist.</translation>
    </message>
    <message>
        <source>Open this URL in a browser to sign in:</source>
        <translation>Öffnen Sie diese URL in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Could not open a browser (%1).</source>
        <translation>Es konnte kein Browser geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>If the browser does not open, visit this URL:</source>
        <translation>Falls sich der Browser nicht öffnet, rufen Sie diese URL auf:</translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish (Ctrl-C to cancel)...</source>
        <translation>Warten auf den Abschluss der Anmeldung (Strg-C zum Abbrechen) ...</translation>
    </message>
    <message>
        <source>Ignored a request on the sign-in port that does not belong to this sign-in (%1); still waiting.</source>
        <translation>Eine Anfrage auf dem Anmeldeport, die nicht zu dieser Anmeldung gehört, wurde ignoriert (%1); es wird weiter gewartet.</translation>
    </message>
    <message>
        <source>Paste your Seqera Platform access token: </source>
        <translation>Fügen Sie Ihr Zugriffstoken für Seqera Platform ein: </translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code: %2</source>
        <translation>Öffnen Sie zum Anmelden %1 auf einem beliebigen Gerät und geben Sie den Code ein: %2</translation>
    </message>
    <message>
        <source>Or open this address, which carries the code: %1</source>
        <translation>Oder öffnen Sie diese Adresse, die den Code enthält: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the confirmation (the code expires in %n minute(s); Ctrl-C to cancel)...</source>
        <translation>
            <numerusform>Warten auf die Bestätigung (der Code läuft in %n Minute ab; Strg-C zum Abbrechen) ...</numerusform>
            <numerusform>Warten auf die Bestätigung (der Code läuft in %n Minuten ab; Strg-C zum Abbrechen) ...</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in on another device with a code (OAuth device authorization), for machines without a local browser.</source>
        <translation>Auf einem anderen Gerät mit einem Code anmelden (OAuth-Geräteautorisierung), für Rechner ohne lokalen Browser.</translation>
    </message>
    <message>
        <source>Read a Seqera Platform access token from standard input and store it in the profile (no renewal).</source>
        <translation>Ein Zugriffstoken für Seqera Platform von der Standardeingabe lesen und im Profil speichern (ohne Erneuerung).</translation>
    </message>
    <message>
        <source>Tip: &quot;seqera login --device&quot; signs in with a code from any device instead.</source>
        <translation>Tipp: „seqera login --device“ meldet Sie stattdessen mit einem Code von einem beliebigen Gerät an.</translation>
    </message>
    <message>
        <source>Successfully authenticated as %1</source>
        <translation>Erfolgreich als %1 authentifiziert</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; holds the session of %2; signing in as %3 would replace it. Pass --force to replace it, or sign in to another profile with --profile NAME.</source>
        <translation>das Profil „%1“ enthält die Sitzung von %2; eine Anmeldung als %3 würde sie ersetzen. Geben Sie --force an, um sie zu ersetzen, oder melden Sie sich mit --profile NAME bei einem anderen Profil an.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is signed in as %2. Replace it with %3? [y/N] </source>
        <translation>Das Profil „%1“ ist als %2 angemeldet. Durch %3 ersetzen? [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>kept %1 in profile &quot;%2&quot;; nothing changed. Use --profile NAME to sign in to another profile.</source>
        <translation>%1 im Profil „%2“ behalten; nichts geändert. Verwenden Sie --profile NAME, um sich bei einem anderen Profil anzumelden.</translation>
    </message>
    <message>
        <source>--with-token reads one access token from standard input, e.g. seqera login --with-token &lt; token.txt</source>
        <translation>--with-token liest ein Zugriffstoken von der Standardeingabe, z. B. seqera login --with-token &lt; token.txt</translation>
    </message>
    <message>
        <source>the Platform at %1 refused this access token. Create a new one in the Platform under Your tokens.</source>
        <translation>die Platform unter %1 hat dieses Zugriffstoken abgelehnt. Erstellen Sie in der Platform unter „Your tokens“ ein neues.</translation>
    </message>
    <message>
        <source>Replace the account stored in the profile without asking.</source>
        <translation>Das im Profil gespeicherte Konto ohne Nachfrage ersetzen.</translation>
    </message>
    <message>
        <source>--url needs an http(s) address, such as https://cloud.seqera.io/api</source>
        <translation>--url braucht eine http(s)-Adresse, etwa https://cloud.seqera.io/api</translation>
    </message>
    <message>
        <source>Opening browser for authentication...</source>
        <translation>Browser wird zur Authentifizierung geöffnet ...</translation>
    </message>
    <message>
        <source>Organization: %1, as before (&quot;seqera org switch&quot; changes it)</source>
        <translation>Organisation: %1, wie bisher („seqera org switch“ ändert sie)</translation>
    </message>
    <message>
        <source>You are signed in; choose an organization later with &quot;seqera org switch&quot;.</source>
        <translation>Sie sind angemeldet; wählen Sie später eine Organisation mit „seqera org switch“ aus.</translation>
    </message>
    <message>
        <source>Note: could not list your Seqera AI organizations: %1</source>
        <translation>Hinweis: Ihre Seqera-AI-Organisationen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message numerus="yes">
        <source>You belong to %n organization(s); none was chosen. Choose one with &quot;seqera org switch ID|NAME&quot; (&quot;seqera org list&quot; shows them).</source>
        <translation>
            <numerusform>Sie gehören %n Organisation an; keine wurde ausgewählt. Wählen Sie eine mit „seqera org switch ID|NAME“ aus („seqera org list“ zeigt sie an).</numerusform>
            <numerusform>Sie gehören %n Organisationen an; keine wurde ausgewählt. Wählen Sie eine mit „seqera org switch ID|NAME“ aus („seqera org list“ zeigt sie an).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You belong to %n organization(s). Which one should Seqera AI work in?</source>
        <translation>
            <numerusform>Sie gehören %n Organisation an. In welcher soll Seqera AI arbeiten?</numerusform>
            <numerusform>Sie gehören %n Organisationen an. In welcher soll Seqera AI arbeiten?</numerusform>
        </translation>
    </message>
    <message>
        <source>for none: your personal usage</source>
        <translation>für keine: Ihre persönliche Nutzung</translation>
    </message>
    <message>
        <source>No organization chosen (your personal usage); &quot;seqera org switch&quot; chooses one.</source>
        <translation>Keine Organisation ausgewählt (Ihre persönliche Nutzung); „seqera org switch“ wählt eine aus.</translation>
    </message>
    <message>
        <source>Choose the organization Seqera AI works in (its id or name) instead of being asked.</source>
        <translation>Die Organisation, in der Seqera AI arbeitet, auswählen (ihre ID oder ihren Namen), statt gefragt zu werden.</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>ID|NAME</translation>
    </message>
    <message>
        <source>--org chooses the organization Seqera AI works in, and the Seqera AI backend serves %1 only when SEQERA_AI_BACKEND_URL names it. Set it, or sign in without --org.</source>
        <translation>--org wählt die Organisation, in der Seqera AI arbeitet, und das Seqera-AI-Backend bedient %1 nur, wenn SEQERA_AI_BACKEND_URL es nennt. Setzen Sie die Variable, oder melden Sie sich ohne --org an.</translation>
    </message>
</context>
<context>
    <name>seqera::cli::LogoutCommand</name>
    <message>
        <source>Revoke the session on the server and remove the stored credentials.</source>
        <translation>Die Sitzung auf dem Server widerrufen und die gespeicherten Zugangsdaten entfernen.</translation>
    </message>
    <message>
        <source>Log out of every profile and remove all stored credentials and session data.</source>
        <translation>Von allen Profilen abmelden und alle gespeicherten Zugangsdaten und Sitzungsdaten entfernen.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Not logged in (profile &quot;%1&quot;); nothing to do.</source>
        <translation>Nicht angemeldet (Profil „%1“); nichts zu tun.</translation>
    </message>
    <message>
        <source>Logged out of profile &quot;%1&quot;.</source>
        <translation>Vom Profil „%1“ abgemeldet.</translation>
    </message>
    <message>
        <source>Logged out %1 (profile &quot;%2&quot;).</source>
        <translation>%1 abgemeldet (Profil „%2“).</translation>
    </message>
    <message numerus="yes">
        <source>Removed all stored credentials and session data (%n profile(s)).</source>
        <translation>
            <numerusform>Alle gespeicherten Zugangsdaten und Sitzungsdaten entfernt (%n Profil).</numerusform>
            <numerusform>Alle gespeicherten Zugangsdaten und Sitzungsdaten entfernt (%n Profile).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1 is set in your environment and still authenticates seqera commands. Unset it to sign out completely.</source>
        <translation>Hinweis: %1 ist in Ihrer Umgebung gesetzt und authentifiziert seqera-Befehle weiterhin. Entfernen Sie die Variable, um sich vollständig abzumelden.</translation>
    </message>
    <message>
        <source>could not remove the credentials of profile &quot;%1&quot;: %2</source>
        <translation>die Zugangsdaten des Profils „%1“ konnten nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>seqera::cli::Main</name>
    <message>
        <source>Usage: seqera &lt;command&gt; [options]

Sign in to Seqera Platform and use the Seqera AI assistant.

Commands:
</source>
        <translation>Aufruf: seqera &lt;Befehl&gt; [Optionen]

Bei Seqera Platform anmelden und den Assistenten Seqera AI verwenden.

Befehle:
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
Optionen:
  -h, --help              Diese Hilfe anzeigen, oder nach einem Befehl dessen Hilfe.
  -v, --version           Die Version anzeigen.
  -p, --profile &lt;Name&gt;    Das Profil &lt;Name&gt; verwenden (auch $SEQERA_PROFILE).

Führen Sie „seqera &lt;Befehl&gt; --help“ aus, um die Optionen eines Befehls zu sehen.
Exit-Codes: 0 Erfolg, 1 Fehler oder nicht angemeldet, 2 Aufruffehler,
3 vorübergehendes Problem (Netzwerk, Server, Schlüsselbund; nichts ging verloren), 130 unterbrochen.
</translation>
    </message>
    <message>
        <source>%1 needs a profile name</source>
        <translation>%1 braucht einen Profilnamen</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Did you mean &quot;seqera %2&quot;?</source>
        <translation>unbekannter Befehl „%1“. Meinten Sie „seqera %2“?</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--%1 and --%2 cannot be used together</source>
        <translation>--%1 und --%2 können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>„%1“ ist kein gültiger Profilname (Buchstaben, Ziffern, „.“, „_“ und „-“, höchstens 64).</translation>
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
        <translation>Die Organisation, in der Seqera AI arbeitet, anzeigen oder auswählen:
  seqera org                  die Organisation dieses Profils
  seqera org list             die Organisationen, denen Sie angehören
  seqera org switch [ID|NAME] eine auswählen (im Terminal eine nummerierte Auswahl)
  seqera org clear            zurück zu keiner Organisation</translation>
    </message>
    <message>
        <source>show (default), list, switch (or select, change), clear (or reset).</source>
        <translation>show (Standard), list, switch (oder select, change), clear (oder reset).</translation>
    </message>
    <message>
        <source>For switch: the organization&apos;s id or name.</source>
        <translation>Für switch: die ID oder der Name der Organisation.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>--output must be &quot;text&quot; or &quot;json&quot;.</source>
        <translation>--output muss „text“ oder „json“ sein.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: use show, list, switch or clear.</source>
        <translation>unbekannte Aktion „%1“: Verwenden Sie show, list, switch oder clear.</translation>
    </message>
    <message>
        <source>too many arguments for &quot;seqera org %1&quot;.</source>
        <translation>zu viele Argumente für „seqera org %1“.</translation>
    </message>
    <message>
        <source>No organization selected (profile &quot;%1&quot;). Choose one with &quot;seqera org switch&quot;.</source>
        <translation>Keine Organisation ausgewählt (Profil „%1“). Wählen Sie eine mit „seqera org switch“ aus.</translation>
    </message>
    <message>
        <source>No organization was selected (profile &quot;%1&quot;); nothing to do.</source>
        <translation>Es war keine Organisation ausgewählt (Profil „%1“); nichts zu tun.</translation>
    </message>
    <message>
        <source>Organization %1 is no longer selected (profile &quot;%2&quot;).</source>
        <translation>Organisation %1 ist nicht mehr ausgewählt (Profil „%2“).</translation>
    </message>
    <message>
        <source>name the organization: seqera org switch ID|NAME (&quot;seqera org list&quot; shows them). A numbered choice is offered only in a terminal.</source>
        <translation>nennen Sie die Organisation: seqera org switch ID|NAME („seqera org list“ zeigt sie an). Eine nummerierte Auswahl gibt es nur im Terminal.</translation>
    </message>
    <message>
        <source>You belong to no organization.</source>
        <translation>Sie gehören keiner Organisation an.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>you belong to no organization, so there is none to switch to.</source>
        <translation>Sie gehören keiner Organisation an, daher gibt es keine, zu der Sie wechseln können.</translation>
    </message>
    <message>
        <source>%1 (id %2, %3)</source>
        <translation>%1 (ID %2, %3)</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the numbers 1 to %2; nothing changed.</source>
        <translation>„%1“ ist keine der Zahlen 1 bis %2; nichts geändert.</translation>
    </message>
    <message>
        <source>Switched to organization %1 (id %2) for profile &quot;%3&quot;: new Seqera AI sessions run in it.</source>
        <translation>Für Profil „%3“ zu Organisation %1 (ID %2) gewechselt: Neue Seqera-AI-Sitzungen laufen darin.</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>to keep the current one</source>
        <translation>um die aktuelle zu behalten</translation>
    </message>
    <message>
        <source>Organization [1-%1, Enter %2]: </source>
        <translation>Organisation [1-%1, Eingabetaste %2]: </translation>
    </message>
</context>
<context>
    <name>seqera::cli::ProfileCommand</name>
    <message>
        <source>List the profiles or choose the default one.
  seqera profile list         the profiles; * marks the one in use
  seqera profile use NAME     make NAME the default ($SEQERA_PROFILE and --profile still win)</source>
        <translation>Die Profile auflisten oder das Standardprofil wählen.
  seqera profile list         die Profile; * markiert das verwendete
  seqera profile use NAME     NAME zum Standard machen ($SEQERA_PROFILE und --profile haben weiterhin Vorrang)</translation>
    </message>
    <message>
        <source>list or use.</source>
        <translation>list oder use.</translation>
    </message>
    <message>
        <source>The profile to use by default.</source>
        <translation>Das standardmäßig zu verwendende Profil.</translation>
    </message>
    <message>
        <source>Print only the profile names.</source>
        <translation>Nur die Profilnamen ausgeben.</translation>
    </message>
    <message>
        <source>&quot;seqera profile use&quot; needs one profile name</source>
        <translation>„seqera profile use“ braucht einen Profilnamen</translation>
    </message>
    <message>
        <source>&quot;seqera profile&quot; needs a subcommand: list or use</source>
        <translation>„seqera profile“ braucht einen Unterbefehl: list oder use</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (list or use)</source>
        <translation>unbekannter Unterbefehl „%1“ (list oder use)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;. Did you mean &quot;seqera profile %2&quot;?</source>
        <translation>unbekannter Unterbefehl „%1“. Meinten Sie „seqera profile %2“?</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>%1, expired</source>
        <translation>%1, abgelaufen</translation>
    </message>
    <message>
        <source>(* chosen by SEQERA_PROFILE)</source>
        <translation>(* durch SEQERA_PROFILE gewählt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>„%1“ ist kein gültiger Profilname (Buchstaben, Ziffern, „.“, „_“ und „-“, höchstens 64).</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;.</source>
        <translation>es gibt kein Profil „%1“.</translation>
    </message>
    <message>
        <source>To create it, run &quot;seqera login --profile %1&quot;.</source>
        <translation>Um es anzulegen, führen Sie „seqera login --profile %1“ aus.</translation>
    </message>
    <message>
        <source>The default profile is now &quot;%1&quot;.</source>
        <translation>Das Standardprofil ist jetzt „%1“.</translation>
    </message>
    <message>
        <source>Note: SEQERA_PROFILE is set in your environment and still chooses the profile of seqera commands. Unset it to use &quot;%1&quot;.</source>
        <translation>Hinweis: SEQERA_PROFILE ist in Ihrer Umgebung gesetzt und wählt weiterhin das Profil der seqera-Befehle. Entfernen Sie die Variable, um „%1“ zu verwenden.</translation>
    </message>
</context>
<context>
    <name>seqera::cli::StatusCommand</name>
    <message>
        <source>Show who is signed in and until when.</source>
        <translation>Anzeigen, wer angemeldet ist und bis wann.</translation>
    </message>
    <message>
        <source>Show every profile.</source>
        <translation>Alle Profile anzeigen.</translation>
    </message>
    <message>
        <source>Also ask the server whether the session works (renewing it if needed).</source>
        <translation>Auch beim Server nachfragen, ob die Sitzung funktioniert (und sie bei Bedarf erneuern).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The access token in %1 was refused by %2. Set a valid Seqera Platform access token, or unset %1 to use your stored session.</source>
        <translation>Das Zugriffstoken in %1 wurde von %2 abgelehnt. Setzen Sie ein gültiges Zugriffstoken für Seqera Platform oder entfernen Sie %1, um Ihre gespeicherte Sitzung zu verwenden.</translation>
    </message>
    <message>
        <source>Could not check the access token in %1: %2</source>
        <translation>Das Zugriffstoken in %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Token source: environment variable %1</source>
        <translation>Token-Quelle: Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Platform: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
    <message>
        <source>Renewal: automatic; the access token has expired and is renewed on next use</source>
        <translation>Erneuerung: automatisch; das Zugriffstoken ist abgelaufen und wird bei der nächsten Verwendung erneuert</translation>
    </message>
    <message>
        <source>Renewal: automatic (refresh token stored)</source>
        <translation>Erneuerung: automatisch (Refresh-Token gespeichert)</translation>
    </message>
    <message>
        <source>Renewal: not possible; the session has expired. Run &quot;seqera login&quot;.</source>
        <translation>Erneuerung: nicht möglich; die Sitzung ist abgelaufen. Führen Sie „seqera login“ aus.</translation>
    </message>
    <message>
        <source>Renewal: not possible (no refresh token); run &quot;seqera login&quot; when it expires</source>
        <translation>Erneuerung: nicht möglich (kein Refresh-Token); führen Sie „seqera login“ aus, wenn sie abläuft</translation>
    </message>
    <message>
        <source>Server check failed: %1</source>
        <translation>Serverprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Server check: OK, the Platform accepts the session (%1)</source>
        <translation>Serverprüfung: OK, die Platform akzeptiert die Sitzung (%1)</translation>
    </message>
    <message>
        <source>Not logged in. Run &quot;seqera login&quot; to sign in.</source>
        <translation>Nicht angemeldet. Führen Sie „seqera login“ aus, um sich anzumelden.</translation>
    </message>
    <message>
        <source>no known expiry (a stored access token)</source>
        <translation>kein bekanntes Ablaufdatum (ein gespeichertes Zugriffstoken)</translation>
    </message>
    <message>
        <source>--output must be &quot;text&quot; or &quot;json&quot;.</source>
        <translation>--output muss „text“ oder „json“ sein.</translation>
    </message>
    <message>
        <source>Profile: %1 (active)</source>
        <translation>Profil: %1 (aktiv)</translation>
    </message>
    <message>
        <source>Organization: %1 (id %2)</source>
        <translation>Organisation: %1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>seqera::cli::TokenCommand</name>
    <message>
        <source>Print a valid access token for scripts, renewing it first if needed.
  curl -H &quot;Authorization: Bearer $(seqera token)&quot; ...</source>
        <translation>Ein gültiges Zugriffstoken für Skripte ausgeben und es bei Bedarf vorher erneuern.
  curl -H &quot;Authorization: Bearer $(seqera token)&quot; ...</translation>
    </message>
</context>
<context>
    <name>seqera::http</name>
    <message>
        <source>The %1 at %2 did not answer in time. The server may be down or unreachable from here; try again later.</source>
        <translation>%2 hat auf „%1“ nicht rechtzeitig geantwortet. Der Server ist möglicherweise ausgefallen oder von hier nicht erreichbar; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not reach %1 for the %2: %3. Check the address and your network connection.</source>
        <translation>%1 war für „%2“ nicht erreichbar: %3. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server at %1 failed during the %2 (HTTP %3). Nothing was changed here; try again later.</source>
        <translation>Der Server unter %1 ist bei „%2“ gescheitert (HTTP %3). Hier wurde nichts geändert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server at %1 refused the credentials for the %2 (HTTP %3).</source>
        <translation>Der Server unter %1 hat die Zugangsdaten für „%2“ abgelehnt (HTTP %3).</translation>
    </message>
    <message>
        <source>The server at %1 refused the %2 (HTTP %3).</source>
        <translation>Der Server unter %1 hat „%2“ abgelehnt (HTTP %3).</translation>
    </message>
    <message>
        <source>The server at %1 refused the %2 (HTTP %3): %4</source>
        <translation>Der Server unter %1 hat „%2“ abgelehnt (HTTP %3): %4</translation>
    </message>
    <message>
        <source>The server at %1 sent an answer to the %2 that is not valid JSON. Nothing was changed here; try again later.</source>
        <translation>Der Server unter %1 hat auf „%2“ eine Antwort geschickt, die kein gültiges JSON ist. Hier wurde nichts geändert; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server at %1 sent more than %2 for the %3, more than any valid answer; the transfer was stopped and nothing was changed here. Check the address.</source>
        <translation>Der Server unter %1 hat für „%3“ mehr als %2 gesendet, mehr als jede gültige Antwort; die Übertragung wurde gestoppt und hier wurde nichts geändert. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The server at %1 answered the %2 with a redirect to %3. Credentials are never sent on to another address, so the request was stopped; check the address.</source>
        <translation>Der Server unter %1 hat „%2“ mit einer Weiterleitung zu %3 beantwortet. Zugangsdaten werden nie an eine andere Adresse weitergegeben, daher wurde die Anfrage gestoppt; prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>The %1 was cancelled.</source>
        <translation>Der Vorgang „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Refusing the %1 over plain HTTP (or another scheme) to %2: credentials are only sent to an https:// address, or over plain http to this machine&apos;s loopback address.</source>
        <translation>„%1“ über unverschlüsseltes HTTP (oder ein anderes Schema) an %2 wird verweigert: Zugangsdaten werden nur an eine https://-Adresse gesendet oder über unverschlüsseltes http an die Loopback-Adresse dieses Rechners.</translation>
    </message>
</context>
<context>
    <name>seqera::os::Files</name>
    <message>
        <source>This build of seqera cannot keep %1 private: it was built without the POSIX support of core/os, and plain Qt cannot create a file only you can read. Use a build for this system with private file support.</source>
        <translation>Dieser Build von seqera kann %1 nicht privat halten: Er wurde ohne die POSIX-Unterstützung von core/os gebaut, und Qt allein kann keine Datei anlegen, die nur Sie lesen können. Verwenden Sie einen Build für dieses System mit Unterstützung für private Dateien.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a symbolic link</source>
        <translation>%1 ist kein symbolischer Link</translation>
    </message>
    <message>
        <source>This build of seqera cannot change the mode of %1 (no POSIX support).</source>
        <translation>Dieser Build von seqera kann die Rechte von %1 nicht ändern (keine POSIX-Unterstützung).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>This build of seqera cannot delete %1 without following links inside it (no POSIX support), so it deletes nothing. Delete the folder yourself.</source>
        <translation>Dieser Build von seqera kann %1 nicht löschen, ohne Links darin zu folgen (keine POSIX-Unterstützung), und löscht daher nichts. Löschen Sie den Ordner selbst.</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
    <message>
        <source>This build of seqera cannot change a file&apos;s mode (no POSIX support).</source>
        <translation>Dieser Build von seqera kann die Rechte einer Datei nicht ändern (keine POSIX-Unterstützung).</translation>
    </message>
</context>
<context>
    <name>seqera::os::Notifications</name>
    <message>
        <source>this build has no desktop notification service</source>
        <translation>dieser Build hat keinen Dienst für Desktop-Benachrichtigungen</translation>
    </message>
</context>
<context>
    <name>seqera::tray</name>
    <message>
        <source>the desktop could not open %1</source>
        <translation>der Desktop konnte %1 nicht öffnen</translation>
    </message>
</context>
<context>
    <name>seqera::tray::Autostart</name>
    <message>
        <source>%1 Delete it to stop starting at login.</source>
        <translation>%1 Löschen Sie die Datei, damit das Programm nicht mehr bei der Anmeldung startet.</translation>
    </message>
</context>
<context>
    <name>seqera::tray::DesktopNotifier</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
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
        <translation>Über den Infobereich bei Seqera Platform angemeldet bleiben.</translation>
    </message>
    <message>
        <source>Show this profile (also $SEQERA_PROFILE).</source>
        <translation>Dieses Profil anzeigen (auch $SEQERA_PROFILE).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>„%1“ ist kein gültiger Profilname (Buchstaben, Ziffern, „.“, „_“ und „-“, höchstens 64).</translation>
    </message>
    <message>
        <source>seqera-tray is already running for this user; not starting a second one.</source>
        <translation>seqera-tray läuft für diesen Benutzer bereits; es wird kein zweites gestartet.</translation>
    </message>
    <message>
        <source>Seqera Platform</source>
        <translation>Seqera Platform</translation>
    </message>
    <message>
        <source>Seconds to wait for a system tray before saying that there is none; Seqera Tray keeps renewing and notifying without one (default 15).</source>
        <translation>Sekunden, die auf einen Infobereich gewartet wird, bevor gemeldet wird, dass es keinen gibt; Seqera Tray erneuert und benachrichtigt auch ohne ihn weiter (Standard 15).</translation>
    </message>
    <message>
        <source>Start signing in at once when not signed in (as &quot;Log in…&quot; in the menu). When Seqera Tray is already running, it is asked to do so.</source>
        <translation>Sofort mit der Anmeldung beginnen, wenn nicht angemeldet (wie „Anmelden …“ im Menü). Läuft Seqera Tray bereits, wird es dazu aufgefordert.</translation>
    </message>
    <message>
        <source>Seqera Tray is already running; it was asked to start signing in.</source>
        <translation>Seqera Tray läuft bereits; es wurde aufgefordert, die Anmeldung zu starten.</translation>
    </message>
    <message>
        <source>Seqera Tray is already running.</source>
        <translation>Seqera Tray läuft bereits.</translation>
    </message>
</context>
<context>
    <name>seqera::tray::TrayController</name>
    <message>
        <source>Log in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Open Seqera Platform</source>
        <translation>Seqera Platform öffnen</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Could not open a browser</source>
        <translation>Es konnte kein Browser geöffnet werden</translation>
    </message>
    <message>
        <source>%1. Open this address in a browser to sign in: %2</source>
        <translation>%1. Öffnen Sie diese Adresse in einem Browser, um sich anzumelden: %2</translation>
    </message>
    <message>
        <source>%1. Open %2 yourself.</source>
        <translation>%1. Öffnen Sie %2 selbst.</translation>
    </message>
    <message>
        <source>Seqera Platform</source>
        <translation>Seqera Platform</translation>
    </message>
    <message>
        <source>No system tray was found, so the Seqera icon cannot be shown. On GNOME, install and enable the &quot;AppIndicator and KStatusNotifierItem Support&quot; extension. Seqera Tray keeps renewing your session in the background and notifies you when you need to sign in; start it again from the applications menu to open its menu.</source>
        <translation>Es wurde kein Infobereich gefunden, daher kann das Seqera-Symbol nicht angezeigt werden. Installieren und aktivieren Sie unter GNOME die Erweiterung „AppIndicator and KStatusNotifierItem Support“. Seqera Tray erneuert Ihre Sitzung im Hintergrund weiter und benachrichtigt Sie, wenn Sie sich anmelden müssen; starten Sie es erneut aus dem Anwendungsmenü, um sein Menü zu öffnen.</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Kein Infobereich</translation>
    </message>
</context>
<context>
    <name>seqera::tray::TrayStateMachine</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed in to Seqera Platform as %1 (profile &quot;%2&quot;).</source>
        <translation>Bei Seqera Platform als %1 angemeldet (Profil „%2“).</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>You are signed out of Seqera Platform (profile &quot;%1&quot;).</source>
        <translation>Sie sind von Seqera Platform abgemeldet (Profil „%1“).</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-out incomplete</source>
        <translation>Abmeldung unvollständig</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Seqera Platform refused to renew your session (profile &quot;%1&quot;). Log in again to keep working.</source>
        <translation>Seqera Platform hat die Erneuerung Ihrer Sitzung abgelehnt (Profil „%1“). Melden Sie sich erneut an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Session renewal failed</source>
        <translation>Erneuerung der Sitzung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>Your Seqera Platform session (profile &quot;%1&quot;) has expired and cannot be renewed. Log in again to keep working.</source>
        <translation>Ihre Sitzung bei Seqera Platform (Profil „%1“) ist abgelaufen und kann nicht erneuert werden. Melden Sie sich erneut an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Session expiring</source>
        <translation>Sitzung läuft bald ab</translation>
    </message>
    <message numerus="yes">
        <source>Your Seqera Platform session expires in %n minute(s) and cannot be renewed. Log in again to keep working.</source>
        <translation>
            <numerusform>Ihre Sitzung bei Seqera Platform läuft in %n Minute ab und kann nicht erneuert werden. Melden Sie sich erneut an, um weiterzuarbeiten.</numerusform>
            <numerusform>Ihre Sitzung bei Seqera Platform läuft in %n Minuten ab und kann nicht erneuert werden. Melden Sie sich erneut an, um weiterzuarbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session expiry unknown</source>
        <translation>Ablauf der Sitzung unbekannt</translation>
    </message>
    <message>
        <source>Renewed automatically (current token until %1)</source>
        <translation>Wird automatisch erneuert (aktuelles Token bis %1)</translation>
    </message>
    <message numerus="yes">
        <source>Session expires at %1 (in %n minute(s))</source>
        <translation>
            <numerusform>Sitzung läuft um %1 ab (in %n Minute)</numerusform>
            <numerusform>Sitzung läuft um %1 ab (in %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Session expires at %1</source>
        <translation>Sitzung läuft um %1 ab</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Warten auf die Anmeldung in Ihrem Browser …</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung läuft …</translation>
    </message>
    <message>
        <source>Renewing the session…</source>
        <translation>Sitzung wird erneuert …</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>The session of %1 has expired</source>
        <translation>Die Sitzung von %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>Die Sitzung wurde beendet</translation>
    </message>
    <message>
        <source>Log in again to keep working.</source>
        <translation>Melden Sie sich erneut an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Seqera Platform: waiting for the sign-in in your browser…</source>
        <translation>Seqera Platform: Warten auf die Anmeldung in Ihrem Browser …</translation>
    </message>
    <message>
        <source>Seqera Platform: renewing the session…</source>
        <translation>Seqera Platform: Sitzung wird erneuert …</translation>
    </message>
    <message>
        <source>Seqera Platform: signing out…</source>
        <translation>Seqera Platform: Abmeldung läuft …</translation>
    </message>
    <message>
        <source>Seqera Platform: not signed in (profile &quot;%1&quot;)</source>
        <translation>Seqera Platform: nicht angemeldet (Profil „%1“)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Seqera Platform: %1
Profile &quot;%2&quot; on %3
Renewed automatically; current token valid until %4</source>
        <translation>Seqera Platform: %1
Profil „%2“ auf %3
Wird automatisch erneuert; aktuelles Token gültig bis %4</translation>
    </message>
    <message>
        <source>Seqera Platform: %1
Profile &quot;%2&quot; on %3
Session valid until %4</source>
        <translation>Seqera Platform: %1
Profil „%2“ auf %3
Sitzung gültig bis %4</translation>
    </message>
    <message>
        <source>Seqera Platform: session expired (profile &quot;%1&quot;)
Log in again to keep working.</source>
        <translation>Seqera Platform: Sitzung abgelaufen (Profil „%1“)
Melden Sie sich erneut an, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Session unreadable</source>
        <translation>Sitzung nicht lesbar</translation>
    </message>
    <message>
        <source>The stored session cannot be read</source>
        <translation>Die gespeicherte Sitzung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Log out to clean up, then log in again.</source>
        <translation>Abmelden, um aufzuräumen, dann erneut anmelden.</translation>
    </message>
    <message>
        <source>Seqera Platform: the stored session of profile &quot;%1&quot; cannot be read
%2</source>
        <translation>Seqera Platform: Die gespeicherte Sitzung des Profils „%1“ kann nicht gelesen werden
%2</translation>
    </message>
    <message>
        <source>The session file %1 is damaged and cannot be used. Choose &quot;Log out&quot; to clean up, then log in again.</source>
        <translation>Die Sitzungsdatei %1 ist beschädigt und kann nicht verwendet werden. Wählen Sie „Abmelden“ zum Aufräumen und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The session file %1 cannot be read. %2</source>
        <translation>Die Sitzungsdatei %1 kann nicht gelesen werden. %2</translation>
    </message>
    <message>
        <source>Your Seqera Platform session (profile &quot;%1&quot;) could not be renewed: %2 Retrying at %3.</source>
        <translation>Ihre Sitzung bei Seqera Platform (Profil „%1“) konnte nicht erneuert werden: %2 Neuer Versuch um %3.</translation>
    </message>
    <message>
        <source>Session not renewed</source>
        <translation>Sitzung nicht erneuert</translation>
    </message>
    <message>
        <source>Your Seqera Platform session (profile &quot;%1&quot;) ran out and could not be renewed yet: %2 Retrying at %3.</source>
        <translation>Ihre Sitzung bei Seqera Platform (Profil „%1“) ist abgelaufen und konnte noch nicht erneuert werden: %2 Neuer Versuch um %3.</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Offline — retrying at %1</source>
        <translation>Offline – neuer Versuch um %1</translation>
    </message>
    <message>
        <source>Renewal failed — retrying at %1</source>
        <translation>Erneuerung fehlgeschlagen – neuer Versuch um %1</translation>
    </message>
    <message>
        <source>Seqera Platform: %1
Profile &quot;%2&quot; on %3
Offline: the session could not be renewed. %4
Retrying at %5</source>
        <translation>Seqera Platform: %1
Profil „%2“ auf %3
Offline: Die Sitzung konnte nicht erneuert werden. %4
Neuer Versuch um %5</translation>
    </message>
    <message>
        <source>Seqera Platform: %1
Profile &quot;%2&quot; on %3
The session could not be renewed. %4
Retrying at %5</source>
        <translation>Seqera Platform: %1
Profil „%2“ auf %3
Die Sitzung konnte nicht erneuert werden. %4
Neuer Versuch um %5</translation>
    </message>
    <message>
        <source>Seqera Platform cannot be reached (no network, or the server is down).</source>
        <translation>Seqera Platform ist nicht erreichbar (kein Netzwerk oder der Server ist ausgefallen).</translation>
    </message>
    <message>
        <source>Seqera Platform did not answer in time.</source>
        <translation>Seqera Platform hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Seqera Platform had a server error.</source>
        <translation>Bei Seqera Platform ist ein Serverfehler aufgetreten.</translation>
    </message>
    <message>
        <source>The keyring is locked or not available.</source>
        <translation>Der Schlüsselbund ist gesperrt oder nicht verfügbar.</translation>
    </message>
    <message>
        <source>Seqera Platform refused to renew the session.</source>
        <translation>Seqera Platform hat die Erneuerung der Sitzung abgelehnt.</translation>
    </message>
    <message>
        <source>Seqera Platform refused the stored credentials.</source>
        <translation>Seqera Platform hat die gespeicherten Zugangsdaten abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in was refused.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Seqera Platform answered something this version cannot use.</source>
        <translation>Seqera Platform hat eine Antwort geschickt, die diese Version nicht verwenden kann.</translation>
    </message>
    <message>
        <source>The session could not be read or saved on this computer.</source>
        <translation>Die Sitzung konnte auf diesem Computer nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>The stored session is damaged.</source>
        <translation>Die gespeicherte Sitzung ist beschädigt.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>Die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
