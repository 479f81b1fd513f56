#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>
#include <vector>

namespace Emulator {

// The `fields` parameter of an export ("identities.id,personalEmail.address") as a tree of
// dot paths. A node that was named whole selects everything beneath it.
class FieldSelection
{
public:
    struct Node
    {
        QByteArray name;
        bool all = false;
        std::vector<Node> children;

        // The selection under `childName`, or nullptr when nothing there is selected.
        const Node *child(std::string_view childName) const;
    };

    // Everything selected.
    FieldSelection();
    // Empty on success, else a message that names the bad path.
    static QString parse(const QString &fields, FieldSelection *selection);

    const Node *root() const { return &m_root; }
    bool selectsAll() const { return m_root.all; }

    static const Node *allNode();

private:
    Node m_root;
};

} // namespace Emulator
