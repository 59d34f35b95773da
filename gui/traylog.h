#pragma once

#include <QLoggingCategory>

// "seqera.tray": state changes and notifications at info level, one line each, for users and
// tests to follow (QT_LOGGING_RULES="seqera.tray.info=true").
Q_DECLARE_LOGGING_CATEGORY(lcTray)
