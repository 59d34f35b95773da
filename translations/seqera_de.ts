<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>The Seqera AI backend had a problem (HTTP %1 from %2). Nothing was lost; try again in a moment.%3</source>
        <translation>Das Seqera-AI-Backend hatte ein Problem (HTTP %1 von %2). Es ging nichts verloren; versuchen Sie es gleich noch einmal.%3</translation>
    </message>
    <message>
        <source>The Seqera AI backend rejected the request (HTTP %1 from %2): %3</source>
        <translation>Das Seqera-AI-Backend hat die Anfrage abgelehnt (HTTP %1 von %2): %3</translation>
    </message>
    <message>
        <source>The Seqera AI backend at %1 did not answer in time. Check the network or SEQERA_AI_BACKEND_URL, then try again.</source>
        <translation>Das Seqera-AI-Backend unter %1 hat nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk oder SEQERA_AI_BACKEND_URL und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the Seqera AI backend at %1: %2. Check the network or SEQERA_AI_BACKEND_URL, then try again.</source>
        <translation>Das Seqera-AI-Backend unter %1 ist nicht erreichbar: %2. Prüfen Sie das Netzwerk oder SEQERA_AI_BACKEND_URL und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Seqera AI backend at %1 answered with HTTP status %2, which this client does not understand.</source>
        <translation>Das Seqera-AI-Backend unter %1 hat mit dem HTTP-Status %2 geantwortet, den dieser Client nicht versteht.</translation>
    </message>
    <message>
        <source>The Seqera AI backend did not return a session id. Check SEQERA_AI_BACKEND_URL.</source>
        <translation>Das Seqera-AI-Backend hat keine Sitzungs-ID zurückgegeben. Prüfen Sie SEQERA_AI_BACKEND_URL.</translation>
    </message>
</context>
<context>
    <name>seqera::KeychainSecretStore</name>
    <message>
        <source>The system keyring did not answer within %1 ms. It may be locked or waiting for a password: unlock it and try again. Nothing was changed.</source>
        <translation>Der System-Schlüsselbund hat nicht innerhalb von %1 ms geantwortet. Er ist möglicherweise gesperrt oder wartet auf ein Passwort: Entsperren Sie ihn und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
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
        <source>The identity token was not issued by %1 for this client; the login was refused.</source>
        <translation>Das Identitätstoken wurde nicht von %1 für diesen Client ausgestellt; die Anmeldung wurde abgelehnt.</translation>
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
        <source>Platform service-info request</source>
        <translation>Platform-Dienstinfo-Anfrage</translation>
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
        <source>Refusing to sign in over plain HTTP to %1: use an https:// address (plain http is only allowed on this machine&apos;s loopback address).</source>
        <translation>Anmeldung über unverschlüsseltes HTTP bei %1 abgelehnt: Verwenden Sie eine https://-Adresse (unverschlüsseltes http ist nur an der Loopback-Adresse dieses Rechners erlaubt).</translation>
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
        <source>The renewed session could not be saved (%1; %2). Run &quot;seqera login&quot; again.</source>
        <translation>Die erneuerte Sitzung konnte nicht gespeichert werden (%1; %2). Führen Sie „seqera login“ erneut aus.</translation>
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
</context>
<context>
    <name>seqera::SecureFile</name>
    <message>
        <source>Could not create the folder %1. Check that you can write there.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
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
        <source>The token endpoint at %1 did not answer the renewal in time.</source>
        <translation>Der Token-Endpunkt unter %1 hat die Erneuerung nicht rechtzeitig beantwortet.</translation>
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
        <source>%1 is outside the working directory %2.</source>
        <translation>%1 liegt außerhalb des Arbeitsverzeichnisses %2.</translation>
    </message>
    <message>
        <source>The command uses a dangerous program (%1), which always needs approval.</source>
        <translation>Der Befehl verwendet ein gefährliches Programm (%1), das immer eine Freigabe braucht.</translation>
    </message>
    <message>
        <source>The command is not read-only, which the %1 approval mode does not allow without asking.</source>
        <translation>Der Befehl ist nicht nur lesend, was der Freigabemodus „%1“ nicht ohne Nachfrage erlaubt.</translation>
    </message>
</context>
<context>
    <name>seqera::ai::LocalTools</name>
    <message>
        <source>
[output truncated: %1 of %2 bytes shown]</source>
        <translation>
[Ausgabe gekürzt: %1 von %2 Bytes angezeigt]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 ist ein Verzeichnis, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message numerus="yes">
        <source>
[%n more entries not listed]</source>
        <translation>
            <numerusform>
[%n weiterer Eintrag nicht aufgeführt]</numerusform>
            <numerusform>
[%n weitere Einträge nicht aufgeführt]</numerusform>
        </translation>
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
        <source>Cannot create the directory of %1.</source>
        <translation>Das Verzeichnis von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n byte(s) to %1.</source>
        <translation>
            <numerusform>%n Byte in %1 geschrieben.</numerusform>
            <numerusform>%n Bytes in %1 geschrieben.</numerusform>
        </translation>
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
    <message>
        <source>Edited %1.</source>
        <translation>%1 bearbeitet.</translation>
    </message>
    <message numerus="yes">
        <source>
The command was stopped after %n second(s) without finishing.</source>
        <translation>
            <numerusform>
Der Befehl wurde nach %n Sekunde ohne Abschluss gestoppt.</numerusform>
            <numerusform>
Der Befehl wurde nach %n Sekunden ohne Abschluss gestoppt.</numerusform>
        </translation>
    </message>
    <message>
        <source>
The command was cancelled.</source>
        <translation>
Der Befehl wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>seqera::cli::AiCommand</name>
    <message>
        <source>Cancelling the answer...</source>
        <translation>Antwort wird abgebrochen ...</translation>
    </message>
    <message>
        <source>(Type &quot;exit&quot; or press Ctrl-D to leave.)</source>
        <translation>(Geben Sie „exit“ ein oder drücken Sie Strg-D zum Beenden.)</translation>
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
        <source>Seqera AI (approval mode: %1). Type &quot;exit&quot; or press Ctrl-D to leave, Ctrl-C to stop an answer.</source>
        <translation>Seqera AI (Freigabemodus: %1). Geben Sie „exit“ ein oder drücken Sie Strg-D zum Beenden, Strg-C stoppt eine Antwort.</translation>
    </message>
    <message>
        <source>The Seqera AI backend refused the renewed access token from %1 too. Run &quot;seqera login&quot; and try again.</source>
        <translation>Das Seqera-AI-Backend hat auch das erneuerte Zugriffstoken von %1 abgelehnt. Führen Sie „seqera login“ aus und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>[tool] %1</source>
        <translation>[Werkzeug] %1</translation>
    </message>
    <message>
        <source>[tool done] %1</source>
        <translation>[Werkzeug fertig] %1</translation>
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
        <source>(Compacting the conversation...)</source>
        <translation>(Die Unterhaltung wird verdichtet ...)</translation>
    </message>
    <message>
        <source>[running] %1</source>
        <translation>[läuft] %1</translation>
    </message>
    <message>
        <source>[refused] %1: %2</source>
        <translation>[abgelehnt] %1: %2</translation>
    </message>
    <message>
        <source>Refused without asking, because seqera ai runs headless: %1 Run it in a terminal to approve the tool, or choose a wider --approval-mode.</source>
        <translation>Ohne Nachfrage abgelehnt, weil seqera ai ohne Terminal läuft: %1 Führen Sie es in einem Terminal aus, um das Werkzeug freizugeben, oder wählen Sie einen weiteren --approval-mode.</translation>
    </message>
    <message>
        <source>Seqera AI wants to run %1
%2
Approve or Reject? [a/r] </source>
        <translation>Seqera AI möchte %1 ausführen
%2
Freigeben oder ablehnen? [a/r] </translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <source>The user rejected this tool call.</source>
        <translation>Der Benutzer hat diesen Werkzeugaufruf abgelehnt.</translation>
    </message>
    <message>
        <source>[exit code %1]</source>
        <translation>[Exit-Code %1]</translation>
    </message>
    <message>
        <source>warning: could not send the tool&apos;s result: %1</source>
        <translation>Warnung: Das Ergebnis des Werkzeugs konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: could not end the session on the server: %1</source>
        <translation>Warnung: Die Sitzung auf dem Server konnte nicht beendet werden: %1</translation>
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
        <source>Continue the last conversation of this directory.</source>
        <translation>Die letzte Unterhaltung dieses Verzeichnisses fortsetzen.</translation>
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
        <source>error: unknown approval mode &quot;%1&quot;: use basic, default or full.</source>
        <translation>Fehler: unbekannter Freigabemodus „%1“: Verwenden Sie basic, default oder full.</translation>
    </message>
    <message>
        <source>error: use either --continue or --session, not both.</source>
        <translation>Fehler: Verwenden Sie entweder --continue oder --session, nicht beides.</translation>
    </message>
    <message>
        <source>error: cannot read the token from stdin.</source>
        <translation>Fehler: Das Token kann nicht von stdin gelesen werden.</translation>
    </message>
    <message>
        <source>error: --token - read an empty token from stdin.</source>
        <translation>Fehler: --token - hat ein leeres Token von stdin gelesen.</translation>
    </message>
    <message>
        <source>error: --token needs a token, or &quot;-&quot; to read it from stdin.</source>
        <translation>Fehler: --token braucht ein Token oder „-“, um es von stdin zu lesen.</translation>
    </message>
    <message>
        <source>error: without a terminal, seqera ai needs a question: seqera ai --headless &quot;QUESTION&quot;, or the question on stdin.</source>
        <translation>Fehler: Ohne Terminal braucht seqera ai eine Frage: seqera ai --headless &quot;FRAGE&quot; oder die Frage auf stdin.</translation>
    </message>
</context>
<context>
    <name>seqera::cli::Command</name>
    <message>
        <source>Use the profile &lt;name&gt; (default: $SEQERA_PROFILE or &quot;default&quot;).</source>
        <translation>Das Profil &lt;Name&gt; verwenden (Standard: $SEQERA_PROFILE oder „default“).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
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
        <source>error: --url needs an http(s) address, such as https://cloud.seqera.io/api</source>
        <translation>Fehler: --url braucht eine http(s)-Adresse, etwa https://cloud.seqera.io/api</translation>
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
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Paste your Seqera Platform access token: </source>
        <translation>Fügen Sie Ihr Zugriffstoken für Seqera Platform ein: </translation>
    </message>
    <message>
        <source>error: --with-token reads one access token from standard input, e.g. seqera login --with-token &lt; token.txt</source>
        <translation>Fehler: --with-token liest ein Zugriffstoken von der Standardeingabe, z. B. seqera login --with-token &lt; token.txt</translation>
    </message>
    <message>
        <source>error: the Platform at %1 refused this access token. Create a new one in the Platform under Your tokens.</source>
        <translation>Fehler: Die Platform unter %1 hat dieses Zugriffstoken abgelehnt. Erstellen Sie in der Platform unter „Your tokens“ ein neues.</translation>
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
        <source>error: could not remove the credentials of profile &quot;%1&quot;: %2</source>
        <translation>Fehler: Die Zugangsdaten des Profils „%1“ konnten nicht entfernt werden: %2</translation>
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
  -h, --help       Show this help, or a command&apos;s help after the command.
  -v, --version    Show the version.
  -p, --profile    Use another profile (also $SEQERA_PROFILE).

Run &quot;seqera &lt;command&gt; --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 failure or not logged in, 2 usage error,
3 temporary problem (network, server, keyring; nothing was lost), 130 interrupted.
</source>
        <translation>
Optionen:
  -h, --help       Diese Hilfe anzeigen, oder nach einem Befehl dessen Hilfe.
  -v, --version    Die Version anzeigen.
  -p, --profile    Ein anderes Profil verwenden (auch $SEQERA_PROFILE).

„seqera &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 Erfolg, 1 Fehlschlag oder nicht angemeldet, 2 Aufruffehler,
3 vorübergehendes Problem (Netzwerk, Server, Schlüsselbund; nichts ging verloren), 130 unterbrochen.
</translation>
    </message>
    <message>
        <source>error: unknown option &quot;%1&quot;</source>
        <translation>Fehler: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation>Fehler: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: unexpected argument &quot;%1&quot;</source>
        <translation>Fehler: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>error: &quot;%1&quot; is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation>Fehler: „%1“ ist kein gültiger Profilname (Buchstaben, Ziffern, „.“, „_“ und „-“, höchstens 64).</translation>
    </message>
    <message>
        <source>error: %1 needs a profile name</source>
        <translation>Fehler: %1 braucht einen Profilnamen</translation>
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
        <source>error: --output must be &quot;text&quot; or &quot;json&quot;.</source>
        <translation>Fehler: --output muss „text“ oder „json“ sein.</translation>
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
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
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
        <source>Not logged in (profile &quot;%1&quot;). Run &quot;seqera login&quot; to sign in.</source>
        <translation>Nicht angemeldet (Profil „%1“). Führen Sie „seqera login“ aus, um sich anzumelden.</translation>
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
</context>
<context>
    <name>seqera::cli::TokenCommand</name>
    <message>
        <source>Print a valid access token for scripts, renewing it first if needed:
  curl -H &quot;Authorization: Bearer $(seqera token)&quot; ...</source>
        <translation>Ein gültiges Zugriffstoken für Skripte ausgeben, vorher bei Bedarf erneuert:
  curl -H &quot;Authorization: Bearer $(seqera token)&quot; ...</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
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
        <source>Could not remove %1. Delete it to stop starting at login.</source>
        <translation>%1 konnte nicht entfernt werden. Löschen Sie die Datei, damit das Programm nicht mehr bei der Anmeldung startet.</translation>
    </message>
    <message>
        <source>Could not create the folder %1/autostart.</source>
        <translation>Der Ordner %1/autostart konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
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
        <source>Wait this many seconds for a system tray to appear (default 120).</source>
        <translation>So viele Sekunden warten, bis ein Infobereich erscheint (Standard 120).</translation>
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
    <message numerus="yes">
        <source>No system tray was found after %n second(s). Seqera Tray needs a panel with a notification area (system tray); enable one, or use the &quot;seqera&quot; command instead.</source>
        <translation>
            <numerusform>Nach %n Sekunde wurde kein Infobereich gefunden. Seqera Tray braucht eine Leiste mit Infobereich (System-Tray); aktivieren Sie eine oder verwenden Sie stattdessen den Befehl „seqera“.</numerusform>
            <numerusform>Nach %n Sekunden wurde kein Infobereich gefunden. Seqera Tray braucht eine Leiste mit Infobereich (System-Tray); aktivieren Sie eine oder verwenden Sie stattdessen den Befehl „seqera“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start signing in at once when not signed in (as &quot;Log in…&quot; in the menu).</source>
        <translation>Sofort mit der Anmeldung beginnen, wenn nicht angemeldet (wie „Anmelden …“ im Menü).</translation>
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
</context>
</TS>
