#pragma once

#include <QIcon>

// The application's icon, drawn in code at every size a window system asks for.
class AppIcon
{
public:
    static QIcon icon();
};
