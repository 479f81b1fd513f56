#pragma once

#include "api/Connection.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// The command line and the environment, read once: the command words, the options, and the
// connection. Secrets come from the environment only, never from arguments, which other users
// of the machine can read in the process list.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    enum class Outcome { Run, Help, Version, Error };

    QStringList words; // "jobs", "get", "42"
    bool json = false;
    QString language;

    QString status;
    bool all = false;
    std::optional<int> limit;
    QString file;
    QString path;
    QString output;
    QString name;
    QString description;
    double intervalSeconds = 5;
    bool resume = false;
    bool check = false;
    std::chrono::milliseconds timeout{30'000};

    Connection connection;
    QString token; // EXPORT_STUDIO_TOKEN
    QString clientSecret; // EXPORT_STUDIO_CLIENT_SECRET
    // Where each connection field came from ("--org", "EXPORT_STUDIO_ORG", "default").
    QStringList sources;

    // Reads `arguments` (argv, program name first). On Help the text to print is in `text`;
    // on Error a translated reason.
    static CliOptions parse(const QStringList &arguments, const QProcessEnvironment &environment,
                            Outcome *outcome, QString *text);

    // "--lang ja" or "--lang=ja" before anything is translated; empty when not given.
    static QString languageArgument(const QStringList &arguments);

    // The credentials to sign in with, or a translated reason there are none.
    QString credentialsProblem() const;

    static QString defaultScopes();
};
