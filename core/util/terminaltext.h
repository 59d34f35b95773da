#pragma once

#include <QString>

// The one sanitizer for text that came from a server, a model or another process and is shown
// to a person: on a terminal (CLI), in a menu, tooltip or notification (tray). Control
// characters could clear the screen, move the cursor, rewrite a line (CR) or forge a prompt;
// bidirectional overrides could make a command read differently than it runs. Each such
// character is replaced by a visible stand-in, so nothing is hidden and nothing is obeyed.
// The stored value is never changed: only what is shown passes through here.
namespace seqera::text {

enum class Lines {
    Single, // one line: newline and tab are made visible too (names, addresses, commands)
    Multi, // running text (model answers): newline and tab stay as they are
};

// ESC -> "^[", CR -> "^M", DEL -> "^?", C1 controls and bidi/invisible format characters
// -> "<U+202E>". Everything else is returned unchanged.
QString printable(const QString &text, Lines lines = Lines::Single);

// True when printable() would change the text.
bool needsEscaping(const QString &text, Lines lines = Lines::Single);

} // namespace seqera::text
