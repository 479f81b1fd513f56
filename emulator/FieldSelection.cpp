#include "FieldSelection.h"

#include <QStringList>

namespace Emulator {

const FieldSelection::Node *FieldSelection::allNode()
{
    static const Node node{QByteArray(), true, {}};
    return &node;
}

const FieldSelection::Node *FieldSelection::Node::child(std::string_view childName) const
{
    if (all)
        return allNode();
    for (const Node &c : children) {
        if (std::string_view(c.name.constData(), size_t(c.name.size())) == childName)
            return &c;
    }
    return nullptr;
}

FieldSelection::FieldSelection()
{
    m_root.all = true;
}

QString FieldSelection::parse(const QString &fields, FieldSelection *selection)
{
    FieldSelection result;
    result.m_root.all = false;
    const QStringList paths = fields.split(u',');
    for (const QString &rawPath : paths) {
        const QString path = rawPath.trimmed();
        if (path.isEmpty())
            return QStringLiteral("fields contains an empty path: '%1'").arg(fields);
        Node *node = &result.m_root;
        const QStringList parts = path.split(u'.');
        for (const QString &part : parts) {
            if (part.isEmpty())
                return QStringLiteral("fields path '%1' has an empty segment").arg(path);
            for (const QChar c : part) {
                if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'@' || c == u'$'))
                    return QStringLiteral("fields path '%1' contains the character '%2'")
                            .arg(path, c);
            }
            if (node->all)
                break;
            const QByteArray name = part.toUtf8();
            Node *next = nullptr;
            for (Node &c : node->children) {
                if (c.name == name)
                    next = &c;
            }
            if (!next) {
                node->children.push_back(Node{name, false, {}});
                next = &node->children.back();
            }
            node = next;
        }
        // A whole subtree named: drop the narrower paths beneath it.
        node->all = true;
        node->children.clear();
    }
    *selection = std::move(result);
    return QString();
}

} // namespace Emulator
