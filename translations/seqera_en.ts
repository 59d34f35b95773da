<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>seqera::LoginFlow</name>
    <message numerus="yes">
        <source>No sign-in arrived from the browser within %n second(s). Run &quot;seqera login&quot; to try again.</source>
        <translation>
            <numerusform>No sign-in arrived from the browser within %n second. Run &quot;seqera login&quot; to try again.</numerusform>
            <numerusform>No sign-in arrived from the browser within %n seconds. Run &quot;seqera login&quot; to try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqera::ProfileLock</name>
    <message numerus="yes">
        <source>Another seqera process has been renewing this session for more than %n second(s). Try again in a moment.</source>
        <translation>
            <numerusform>Another seqera process has been renewing this session for more than %n second. Try again in a moment.</numerusform>
            <numerusform>Another seqera process has been renewing this session for more than %n seconds. Try again in a moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqera::ai::AiBackendClient</name>
    <message numerus="yes">
        <source>The answer stream broke off and could not be resumed after %n attempt(s) (%1). The answer is incomplete: check the network and ask again.</source>
        <translation>
            <numerusform>The answer stream broke off and could not be resumed after %n attempt (%1). The answer is incomplete: check the network and ask again.</numerusform>
            <numerusform>The answer stream broke off and could not be resumed after %n attempts (%1). The answer is incomplete: check the network and ask again.</numerusform>
        </translation>
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
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqera::ai::Conversation</name>
    <message numerus="yes">
        <source>Refused: this answer already asked for %n tool run(s), the most one answer may.</source>
        <translation>
            <numerusform>Refused: this answer already asked for %n tool run, the most one answer may.</numerusform>
            <numerusform>Refused: this answer already asked for %n tool runs, the most one answer may.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqera::ai::LocalTools</name>
    <message numerus="yes">
        <source>The text to replace occurs %n times in %1: give more context so it is unique.</source>
        <translation>
            <numerusform>The text to replace occurs %n times in %1: give more context so it is unique.</numerusform>
            <numerusform>The text to replace occurs %n times in %1: give more context so it is unique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... (%n more diff line(s) not shown)</source>
        <translation>
            <numerusform>... (%n more diff line not shown)</numerusform>
            <numerusform>... (%n more diff lines not shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The command was stopped after %n second(s) without finishing.</source>
        <translation>
            <numerusform>The command was stopped after %n second without finishing.</numerusform>
            <numerusform>The command was stopped after %n seconds without finishing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqera::cli::AiCommand</name>
    <message numerus="yes">
        <source>Continuing the most recent of %n conversations in this directory (%1). Use -s ID to choose another.</source>
        <translation>
            <numerusform>Continuing the most recent of %n conversations in this directory (%1). Use -s ID to choose another.</numerusform>
            <numerusform>Continuing the most recent of %n conversations in this directory (%1). Use -s ID to choose another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier message(s) not shown)</source>
        <translation>
            <numerusform>(%n earlier message not shown)</numerusform>
            <numerusform>(%n earlier messages not shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqera::cli::LoginCommand</name>
    <message numerus="yes">
        <source>Waiting for the confirmation (the code expires in %n minute(s); Ctrl-C to cancel)...</source>
        <translation>
            <numerusform>Waiting for the confirmation (the code expires in %n minute; Ctrl-C to cancel)...</numerusform>
            <numerusform>Waiting for the confirmation (the code expires in %n minutes; Ctrl-C to cancel)...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You belong to %n organization(s); none was chosen. Choose one with &quot;seqera org switch ID|NAME&quot; (&quot;seqera org list&quot; shows them).</source>
        <translation>
            <numerusform>You belong to %n organization; none was chosen. Choose one with &quot;seqera org switch ID|NAME&quot; (&quot;seqera org list&quot; shows them).</numerusform>
            <numerusform>You belong to %n organizations; none was chosen. Choose one with &quot;seqera org switch ID|NAME&quot; (&quot;seqera org list&quot; shows them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You belong to %n organization(s). Which one should Seqera AI work in?</source>
        <translation>
            <numerusform>You belong to %n organization. Which one should Seqera AI work in?</numerusform>
            <numerusform>You belong to %n organizations. Which one should Seqera AI work in?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqera::cli::LogoutCommand</name>
    <message numerus="yes">
        <source>Removed all stored credentials and session data (%n profile(s)).</source>
        <translation>
            <numerusform>Removed all stored credentials and session data (%n profile).</numerusform>
            <numerusform>Removed all stored credentials and session data (%n profiles).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqera::tray::TrayStateMachine</name>
    <message numerus="yes">
        <source>Your Seqera Platform session expires in %n minute(s) and cannot be renewed. Log in again to keep working.</source>
        <translation>
            <numerusform>Your Seqera Platform session expires in %n minute and cannot be renewed. Log in again to keep working.</numerusform>
            <numerusform>Your Seqera Platform session expires in %n minutes and cannot be renewed. Log in again to keep working.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session expires at %1 (in %n minute(s))</source>
        <translation>
            <numerusform>Session expires at %1 (in %n minute)</numerusform>
            <numerusform>Session expires at %1 (in %n minutes)</numerusform>
        </translation>
    </message>
</context>
</TS>
