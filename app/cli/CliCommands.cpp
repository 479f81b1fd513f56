#include "CliCommands.h"

#include "ExitCode.h"
#include "JobChanges.h"
#include "api/PlatformClient.h"
#include "api/TokenProvider.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

// A watch gives up after this many looks in a row that failed even after the client's own
// retries: the platform is gone, not hiccuping.
constexpr int kMaxFailedPolls = 5;

QString orDash(const std::optional<QString> &text)
{
    return text && !text->isEmpty() ? *text : QStringLiteral("-");
}

} // namespace

CliCommands::CliCommands(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(options.json)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &CliCommands::pollJob);
}

CliCommands::~CliCommands() = default;

void CliCommands::start()
{
    QMetaObject::invokeMethod(this, &CliCommands::dispatch, Qt::QueuedConnection);
}

void CliCommands::done(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pollTimer.stop();
    emit finished(exitCode);
}

void CliCommands::usage(const QString &problem)
{
    if (m_out.isJson())
        m_out.json(QJsonObject{
                {u"error"_qs, QJsonObject{{u"kind"_qs, u"usage"_qs}, {u"message"_qs, problem}}}});
    else
        m_out.message(problem);
    done(ExitUsage);
}

void CliCommands::apiFailed(const ApiError &error)
{
    m_out.error(error);
    if (error.kind() == ApiError::Kind::OutcomeUnknown && !m_out.isJson())
        m_out.message(tr("Check with \"jobs list\" whether the job exists before creating it "
                         "again."));
    const bool refusedBeforeSending = error.kind() == ApiError::Kind::InvalidRequest
            || error.kind() == ApiError::Kind::InsecureUrl;
    done(refusedBeforeSending ? ExitUsage : ExitApiError);
}

bool CliCommands::prepareClient()
{
    QStringList problems = m_options.connection.validate();
    if (const QString missing = m_options.credentialsProblem(); !missing.isEmpty())
        problems << missing;
    if (!problems.isEmpty()) {
        usage(tr("The connection cannot be used:") + u"\n  "_qs + problems.join(u"\n  "_qs));
        return false;
    }
    m_client = std::make_unique<PlatformClient>();
    const QString secret = m_options.connection.authMethod == Connection::AuthMethod::StaticToken
            ? m_options.token
            : m_options.clientSecret;
    m_client->setConnection(m_options.connection,
                            m_client->makeTokenProvider(m_options.connection, secret));
    m_client->setTimeout(m_options.timeout);
    return true;
}

std::optional<qint64> CliCommands::jobIdArgument(qsizetype index)
{
    const QString text = m_options.words.value(index);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (text.isEmpty()) {
        usage(tr("The job ID is missing."));
        return std::nullopt;
    }
    if (!ok || id < 0) {
        usage(tr("\"%1\" is not a job ID: job IDs are numbers.").arg(text));
        return std::nullopt;
    }
    return id;
}

QString CliCommands::textArgument(qsizetype index, const QString &what)
{
    const QString text = m_options.words.value(index).trimmed();
    if (text.isEmpty())
        usage(tr("%1 is missing.").arg(what));
    return text;
}

void CliCommands::dispatch()
{
    const QStringList &w = m_options.words;
    const QString command = w.value(0);
    const QString sub = w.value(1);
    const auto expectArguments = [&](qsizetype count) {
        if (w.size() <= count)
            return true;
        usage(tr("Unexpected argument \"%1\". Run with --help for the commands.").arg(w.at(count)));
        return false;
    };

    if (command.isEmpty()) {
        usage(tr("No command given. Run with --help for the commands."));
    } else if (command == u"connections") {
        if (expectArguments(1))
            connections();
    } else if (command == u"datasets" && sub == u"list") {
        if (expectArguments(2))
            datasetsList();
    } else if (command == u"datasets" && sub == u"create") {
        if (expectArguments(2))
            datasetsCreate();
    } else if (command == u"jobs" && sub == u"list") {
        if (expectArguments(2))
            jobsList();
    } else if (command == u"jobs" && sub == u"get") {
        if (expectArguments(3))
            jobsGet();
    } else if (command == u"jobs" && sub == u"create") {
        if (expectArguments(2))
            jobsCreate();
    } else if (command == u"jobs" && sub == u"watch") {
        if (expectArguments(3))
            jobsWatch();
    } else if (command == u"jobs" && sub == u"cancel") {
        if (expectArguments(3))
            jobsCancel();
    } else if (command == u"batches" && sub == u"files") {
        if (expectArguments(3))
            batchesFiles();
    } else if (command == u"files" && sub == u"get") {
        if (expectArguments(3))
            filesGet();
    } else {
        usage(tr("Unknown command \"%1\". Run with --help for the commands.").arg(w.join(u' ')));
    }
}

// connections

void CliCommands::connections()
{
    const Connection &c = m_options.connection;
    const QStringList problems = c.validate();
    const QString credentials = !m_options.token.isEmpty() ? u"access-token"_qs
            : !m_options.clientSecret.isEmpty()            ? u"client-secret"_qs
                                                           : u"none"_qs;
    const QString savedNote = tr("Connections saved in the Export Studio app will be listed here "
                                 "once the app saves them; until then the command line uses the "
                                 "connection given by its options and environment.");
    const QStringList &sources = m_options.sources;

    if (m_out.isJson()) {
        QJsonObject connection = c.toJson();
        connection.insert(u"sources"_qs,
                          QJsonObject{{u"baseUrl"_qs, sources.value(0)},
                                      {u"imsUrl"_qs, sources.value(1)},
                                      {u"orgId"_qs, sources.value(2)},
                                      {u"sandbox"_qs, sources.value(3)},
                                      {u"clientId"_qs, sources.value(4)},
                                      {u"scopes"_qs, sources.value(5)}});
        QJsonArray problemList = QJsonArray::fromStringList(problems);
        if (const QString missing = m_options.credentialsProblem(); !missing.isEmpty())
            problemList.append(missing);
        if (!m_options.check) {
            m_out.json(QJsonObject{{u"connection"_qs, connection},
                                   {u"credentials"_qs, credentials},
                                   {u"problems"_qs, problemList},
                                   {u"savedConnections"_qs, QJsonArray()},
                                   {u"savedConnectionsNote"_qs, savedNote}});
            done(ExitOk);
            return;
        }
    } else {
        const QStringList labels{tr("Name"),
                                 tr("Kind"),
                                 tr("Base URL"),
                                 tr("IMS URL"),
                                 tr("Organization ID"),
                                 tr("Sandbox"),
                                 tr("Client ID"),
                                 tr("Sign-in"),
                                 tr("Scopes")};
        int labelWidth = 0;
        for (const QString &label : labels)
            labelWidth = std::max(labelWidth, CliOutput::displayWidth(label));
        const auto row = [&](const QString &label, const QString &value, const QString &source) {
            QString text = u"  "_qs + label;
            text += QString(labelWidth + 2 - CliOutput::displayWidth(label), u' ') + value;
            if (!source.isEmpty())
                text += u"  ("_qs + source + u')';
            m_out.line(text);
        };
        m_out.line(tr("Connection in use (from options and environment):"));
        row(tr("Name"), c.name, {});
        row(tr("Kind"), Connection::kindName(c.kind), {});
        row(tr("Base URL"), c.baseUrl.toString(), sources.value(0));
        row(tr("IMS URL"), c.imsUrl.toString(), sources.value(1));
        row(tr("Organization ID"), c.orgId.isEmpty() ? u"-"_qs : c.orgId, sources.value(2));
        row(tr("Sandbox"), c.sandbox, sources.value(3));
        row(tr("Client ID"), c.clientId.isEmpty() ? u"-"_qs : c.clientId, sources.value(4));
        if (credentials == u"access-token")
            row(tr("Sign-in"), tr("access token from EXPORT_STUDIO_TOKEN"), {});
        else if (credentials == u"client-secret")
            row(tr("Sign-in"),
                tr("OAuth server-to-server, client secret from EXPORT_STUDIO_CLIENT_SECRET"), {});
        else
            row(tr("Sign-in"), tr("no credentials"), {});
        if (c.authMethod == Connection::AuthMethod::OAuthServerToServer)
            row(tr("Scopes"), c.scopes.join(u','), sources.value(5));
        QStringList all = problems;
        if (const QString missing = m_options.credentialsProblem(); !missing.isEmpty())
            all << missing;
        for (const QString &problem : std::as_const(all))
            m_out.line(u"  ! "_qs + problem);
        m_out.line(QString());
        m_out.line(savedNote);
        if (!m_options.check) {
            done(ExitOk);
            return;
        }
    }

    // --check: sign in, then read one job.
    if (!prepareClient())
        return;
    m_client->fetchToken(this, [this](const ApiResult<QString> &token) {
        if (!token) {
            apiFailed(token.error());
            return;
        }
        ExportJobQuery query;
        query.limit = 1;
        m_client->listExportJobs(query, this, [this](const ApiResult<ExportJobPage> &page) {
            if (!page) {
                apiFailed(page.error());
                return;
            }
            if (m_out.isJson())
                m_out.json(QJsonObject{{u"check"_qs, u"ok"_qs}});
            else
                m_out.line(tr("Signed in and read the job list: the connection works."));
            done(ExitOk);
        });
    });
}

// datasets

void CliCommands::datasetsList()
{
    if (!prepareClient())
        return;
    DatasetQuery query;
    if (m_options.limit)
        query.limit = *m_options.limit;
    const auto show = [this](QList<Dataset> datasets, bool more) {
        std::sort(datasets.begin(), datasets.end(), [](const Dataset &a, const Dataset &b) {
            return a.created.value_or(0) > b.created.value_or(0);
        });
        if (m_out.isJson()) {
            QJsonArray array;
            for (const Dataset &dataset : std::as_const(datasets)) {
                QJsonObject object = dataset.toJson();
                object.insert(u"id"_qs, dataset.id);
                array.append(object);
            }
            m_out.json(array);
            done(ExitOk);
            return;
        }
        QList<QStringList> rows;
        for (const Dataset &dataset : std::as_const(datasets)) {
            rows << QStringList{
                    dataset.id, orDash(dataset.name),
                    dataset.isOnProfileUnionSchema()
                            ? tr("profile union")
                            : (dataset.schemaRef ? orDash(dataset.schemaRef->id) : u"-"_qs),
                    CliOutput::dateTime(dataset.created)};
        }
        m_out.table({tr("ID"), tr("Name"), tr("Schema"), tr("Created", "column")}, rows);
        m_out.message(tr("%n dataset(s)", nullptr, int(datasets.size())));
        if (more)
            m_out.message(tr("More datasets exist: add --all to list every page."));
        done(ExitOk);
    };
    if (m_options.all) {
        query.limit = m_options.limit.value_or(100);
        m_client->listAllDatasets(query, this, [this, show](ApiResult<Collected<Dataset>> result) {
            if (!result)
                return apiFailed(result.error());
            show(std::move(result.value().items), result.value().truncated);
        });
        return;
    }
    m_client->listDatasets(query, this, [this, show, query](ApiResult<DatasetMap> result) {
        if (!result)
            return apiFailed(result.error());
        const bool more = !result.value().isLastPage(query.limit);
        show(std::move(result.value().datasets), more);
    });
}

void CliCommands::datasetsCreate()
{
    DatasetRequest request;
    if (!m_options.file.isEmpty()) {
        QFile file(m_options.file);
        if (!file.open(QIODevice::ReadOnly)) {
            usage(tr("Cannot read %1: %2").arg(m_options.file, file.errorString()));
            return;
        }
        const DecodeResult<DatasetRequest> decoded = DatasetRequest::decode(file.readAll());
        if (!decoded) {
            usage(tr("%1 is not a dataset request: %2").arg(m_options.file, decoded.error()));
            return;
        }
        request = decoded.value();
    } else if (!m_options.name.trimmed().isEmpty()) {
        request = DatasetRequest::forProfileExport(m_options.name.trimmed());
        if (!m_options.description.isEmpty())
            request.description = m_options.description;
    } else {
        usage(tr("datasets create needs --name NAME or --file FILE."));
        return;
    }
    QStringList errors;
    for (const ValidationIssue &issue : request.validate()) {
        if (issue.isError())
            errors << issue.message();
        else
            m_out.message(tr("Warning: %1").arg(issue.message()));
    }
    if (!errors.isEmpty()) {
        usage(tr("The dataset request is not valid; nothing was sent:") + u"\n  "_qs
              + errors.join(u"\n  "_qs));
        return;
    }
    if (!prepareClient())
        return;
    m_client->createDataset(request, this, [this](const ApiResult<QString> &result) {
        if (!result)
            return apiFailed(result.error());
        if (m_out.isJson())
            m_out.json(QJsonObject{{u"id"_qs, result.value()}});
        else
            m_out.line(tr("Dataset created: %1").arg(result.value()));
        done(ExitOk);
    });
}

// jobs

void CliCommands::jobsList()
{
    ExportJobQuery query;
    if (!m_options.status.isEmpty()) {
        const JobStatus status = jobStatusFromText(m_options.status);
        if (status == JobStatus::Unknown) {
            usage(tr("\"%1\" is not a job status: use NEW, PROCESSING, SUCCEEDED, FAILED or "
                     "CANCELLED.")
                          .arg(m_options.status));
            return;
        }
        query.status = status;
    }
    if (!prepareClient())
        return;
    query.limit = m_options.limit.value_or(m_options.all ? 100 : 20);
    const auto show = [this](const QList<ExportJob> &jobs, bool more) {
        if (m_out.isJson()) {
            QJsonArray array;
            for (const ExportJob &job : jobs)
                array.append(job.toJson());
            m_out.json(array);
            done(ExitOk);
            return;
        }
        QList<QStringList> rows;
        for (const ExportJob &job : jobs) {
            rows << QStringList{QString::number(job.id), job.statusText(),
                                job.datasetId().isEmpty() ? u"-"_qs : job.datasetId(),
                                CliOutput::dateTime(job.creationTime),
                                CliOutput::dateTime(job.updateTime)};
        }
        m_out.table(
                {tr("ID"), tr("Status"), tr("Dataset"), tr("Created", "column"), tr("Last update")},
                rows);
        m_out.message(tr("%n job(s)", nullptr, int(jobs.size())));
        if (more)
            m_out.message(tr("More jobs exist: add --all to list every page."));
        done(ExitOk);
    };
    if (m_options.all) {
        m_client->listAllExportJobs(query, this,
                                    [this, show](const ApiResult<Collected<ExportJob>> &result) {
                                        if (!result)
                                            return apiFailed(result.error());
                                        show(result.value().items, result.value().truncated);
                                    });
        return;
    }
    m_client->listExportJobs(query, this, [this, show](const ApiResult<ExportJobPage> &result) {
        if (!result)
            return apiFailed(result.error());
        show(result.value().records, !result.value().isLastPage());
    });
}

void CliCommands::printJob(const ExportJob &job)
{
    const auto row = [this](const QString &label, const QString &value) {
        m_out.line(u"  "_qs + label
                   + QString(std::max(2, 22 - CliOutput::displayWidth(label)), u' ') + value);
    };
    m_out.line(tr("Export job %1").arg(job.id));
    row(tr("Status"), job.statusText());
    row(tr("Dataset"), job.datasetId().isEmpty() ? u"-"_qs : job.datasetId());
    const QStringList batches = job.batchIds();
    row(tr("Batches"), batches.isEmpty() ? u"-"_qs : batches.join(u", "));
    row(tr("Created", "label"), CliOutput::dateTime(job.creationTime));
    row(tr("Last update"), CliOutput::dateTime(job.updateTime));
    const QStringList segments = job.segmentIds();
    row(tr("Segments"), segments.isEmpty() ? tr("every profile") : segments.join(u", "));
    row(tr("Fields"), job.fields ? *job.fields : tr("every field"));
    if (job.mergePolicy && job.mergePolicy->id)
        row(tr("Merge policy"), *job.mergePolicy->id);
    if (job.metrics) {
        const JobMetrics &m = *job.metrics;
        if (m.totalTime && m.totalTime->startTimeInMs && m.profileExportTime
            && m.profileExportTime->startTimeInMs) {
            row(JobChange::phaseName(JobChange::Phase::QueueWait),
                CliOutput::duration(*m.profileExportTime->startTimeInMs
                                    - *m.totalTime->startTimeInMs));
        }
        const auto phase = [&](JobChange::Phase which, const std::optional<PhaseTime> &time) {
            if (!time || !time->startTimeInMs)
                return;
            const auto duration = time->durationInMs();
            row(JobChange::phaseName(which),
                duration ? CliOutput::duration(*duration) : tr("running"));
        };
        phase(JobChange::Phase::ProfileExport, m.profileExportTime);
        phase(JobChange::Phase::DatasetWrite, m.aCPDatasetWriteTime);
        phase(JobChange::Phase::Total, m.totalTime);
        if (m.totalExportedProfileCounter)
            row(tr("Exported profiles"), QLocale().toString(*m.totalExportedProfileCounter));
    }
    if (job.errors && !job.errors->isEmpty()) {
        m_out.line(u"  "_qs + tr("Errors"));
        for (const JobError &error : *job.errors)
            m_out.line(u"    "_qs + orDash(error.code) + u"  "_qs + orDash(error.msg));
    }
}

void CliCommands::jobsGet()
{
    const auto id = jobIdArgument(2);
    if (!id || !prepareClient())
        return;
    m_client->getExportJob(*id, this, [this](const ApiResult<ExportJob> &result) {
        if (!result)
            return apiFailed(result.error());
        if (m_out.isJson())
            m_out.json(result.value().toJson());
        else
            printJob(result.value());
        done(ExitOk);
    });
}

void CliCommands::jobsCreate()
{
    if (m_options.file.isEmpty()) {
        usage(tr("jobs create needs --file FILE, a JSON request such as the tutorial's."));
        return;
    }
    QFile file(m_options.file);
    if (!file.open(QIODevice::ReadOnly)) {
        usage(tr("Cannot read %1: %2").arg(m_options.file, file.errorString()));
        return;
    }
    const DecodeResult<ExportJobRequest> decoded = ExportJobRequest::decode(file.readAll());
    if (!decoded) {
        usage(tr("%1 is not an export job request: %2").arg(m_options.file, decoded.error()));
        return;
    }
    QStringList errors;
    for (const ValidationIssue &issue : decoded.value().validate()) {
        if (issue.isError())
            errors << issue.message();
        else
            m_out.message(tr("Warning: %1").arg(issue.message()));
    }
    if (!errors.isEmpty()) {
        usage(tr("The export job request is not valid; nothing was sent:") + u"\n  "_qs
              + errors.join(u"\n  "_qs));
        return;
    }
    if (!prepareClient())
        return;
    m_client->createExportJob(decoded.value(), this, [this](const ApiResult<ExportJob> &result) {
        if (!result)
            return apiFailed(result.error());
        const ExportJob &job = result.value();
        if (m_out.isJson())
            m_out.json(job.toJson());
        else
            m_out.line(tr("Export job %1 created: %2").arg(job.id).arg(job.statusText()));
        done(ExitOk);
    });
}

void CliCommands::jobsWatch()
{
    const auto id = jobIdArgument(2);
    if (!id || !prepareClient())
        return;
    m_watchedJob = *id;
    pollJob();
}

void CliCommands::pollJob()
{
    m_client->getExportJob(m_watchedJob, this, [this](const ApiResult<ExportJob> &result) {
        if (!result) {
            // A job that does not exist will not appear by waiting; anything else may pass.
            const ApiError &error = result.error();
            if (++m_failedPolls >= kMaxFailedPolls || error.httpStatus() == 404
                || error.kind() == ApiError::Kind::Unauthorized
                || error.kind() == ApiError::Kind::InvalidRequest) {
                apiFailed(error);
                return;
            }
            if (!m_out.isJson())
                m_out.message(
                        tr("Could not look at the job, trying again: %1").arg(error.summary()));
            m_pollTimer.start(qint64(m_options.intervalSeconds * 1000));
            return;
        }
        m_failedPolls = 0;
        const ExportJob &job = result.value();
        for (const JobChange &change : jobChanges(m_lastSeen, job)) {
            if (m_out.isJson()) {
                QJsonObject event = change.toJson();
                event.insert(u"id"_qs, job.id);
                m_out.jsonLine(event);
            } else {
                const qint64 when = change.timeMs.value_or(QDateTime::currentMSecsSinceEpoch());
                m_out.line(CliOutput::dateTime(when) + u"  "_qs + change.text(job.id));
            }
        }
        m_lastSeen = job;
        if (!job.isTerminal()) {
            m_pollTimer.start(qint64(m_options.intervalSeconds * 1000));
            return;
        }
        if (m_out.isJson()) {
            m_out.jsonLine(QJsonObject{{u"event"_qs, u"finished"_qs}, {u"job"_qs, job.toJson()}});
        } else if (job.errors) {
            for (const JobError &error : *job.errors)
                m_out.line(u"  "_qs + orDash(error.code) + u"  "_qs + orDash(error.msg));
        }
        done(job.status() == JobStatus::Succeeded ? ExitOk : ExitJobFailed);
    });
}

void CliCommands::jobsCancel()
{
    const auto id = jobIdArgument(2);
    if (!id || !prepareClient())
        return;
    const qint64 jobId = *id;
    m_client->cancelExportJob(jobId, this, [this, jobId](const ApiResult<CancelJobReply> &result) {
        if (!result)
            return apiFailed(result.error());
        if (m_out.isJson()) {
            QJsonObject object = result.value().toJson();
            object.insert(u"id"_qs, jobId);
            object.insert(u"httpStatus"_qs, result.httpStatus());
            m_out.json(object);
        } else {
            m_out.line(tr("Cancellation of export job %1 requested.").arg(jobId));
            if (result.value().message)
                m_out.line(u"  "_qs + *result.value().message);
        }
        done(ExitOk);
    });
}

// batches and files

void CliCommands::batchesFiles()
{
    const QString batchId = textArgument(2, tr("The batch ID"));
    if (batchId.isEmpty() || !prepareClient())
        return;
    const auto show = [this](const QList<BatchFile> &files, bool more) {
        if (m_out.isJson()) {
            QJsonArray array;
            for (const BatchFile &file : files)
                array.append(file.toJson());
            m_out.json(array);
            done(ExitOk);
            return;
        }
        QList<QStringList> rows;
        for (const BatchFile &file : files) {
            rows << QStringList{orDash(file.dataSetFileId),
                                file.records ? QLocale().toString(*file.records) : u"-"_qs,
                                file.size ? CliOutput::size(*file.size) : u"-"_qs,
                                CliOutput::dateTime(file.created)};
        }
        m_out.table({tr("File ID"), tr("Records"), tr("Size"), tr("Created", "column")}, rows);
        m_out.message(tr("%n file(s)", nullptr, int(files.size())));
        if (more)
            m_out.message(tr("More files exist: add --all to list every page."));
        done(ExitOk);
    };
    if (m_options.all) {
        m_client->listAllBatchFiles(batchId, this,
                                    [this, show](const ApiResult<Collected<BatchFile>> &result) {
                                        if (!result)
                                            return apiFailed(result.error());
                                        show(result.value().items, result.value().truncated);
                                    });
        return;
    }
    ListQuery query;
    query.limit = m_options.limit.value_or(100);
    m_client->listBatchFiles(batchId, query, this,
                             [this, show](const ApiResult<BatchFilePage> &result) {
                                 if (!result)
                                     return apiFailed(result.error());
                                 show(result.value().files, !result.value().isLastPage());
                             });
}

void CliCommands::filesGet()
{
    const QString fileId = textArgument(2, tr("The file ID"));
    if (fileId.isEmpty())
        return;
    if (m_options.resume && m_options.output.isEmpty()) {
        usage(tr("--resume needs -o FILE."));
        return;
    }
    if (!prepareClient())
        return;
    if (!m_options.path.isEmpty()) {
        download(fileId);
        return;
    }
    m_client->listFile(fileId, this, [this](const ApiResult<FileListing> &result) {
        if (!result)
            return apiFailed(result.error());
        if (m_out.isJson()) {
            QJsonArray array;
            for (const FileEntry &entry : result.value().files)
                array.append(entry.toJson());
            m_out.json(array);
        } else {
            QList<QStringList> rows;
            for (const FileEntry &entry : result.value().files)
                rows << QStringList{orDash(entry.name),
                                    entry.length ? CliOutput::size(*entry.length) : u"-"_qs};
            m_out.table({tr("Name"), tr("Size")}, rows);
            m_out.message(tr("Download one with --path NAME -o FILE."));
        }
        done(ExitOk);
    });
}

void CliCommands::download(const QString &fileId)
{
    qint64 resumeFrom = 0;
    QString partPath;
    m_download = std::make_unique<QFile>();
    if (m_options.output.isEmpty()) {
        if (!m_download->open(stdout, QIODevice::WriteOnly)) {
            m_out.message(tr("Cannot write to standard output."));
            done(ExitLocalFailure);
            return;
        }
    } else {
        // Written beside the target and renamed at the end: an interrupted download never
        // leaves a truncated file under the final name, and --resume continues it.
        partPath = m_options.output + u".part"_qs;
        m_download->setFileName(partPath);
        const bool append = m_options.resume && QFileInfo::exists(partPath);
        if (!m_download->open(append ? QIODevice::WriteOnly | QIODevice::Append
                                     : QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_out.message(tr("Cannot write %1: %2").arg(partPath, m_download->errorString()));
            done(ExitLocalFailure);
            return;
        }
        resumeFrom = append ? m_download->size() : 0;
    }
    const bool showProgress = !m_options.output.isEmpty() && !m_out.isJson() && isatty(2);
    m_client->downloadFile(
            fileId, m_options.path, m_download.get(), resumeFrom, this,
            [this, showProgress](qint64 received, qint64 total) {
                if (showProgress)
                    m_out.message(total > 0 ? tr("%1 of %2")
                                                      .arg(CliOutput::size(received),
                                                           CliOutput::size(total))
                                            : CliOutput::size(received));
            },
            [this, partPath](const ApiResult<DownloadResult> &result) {
                if (!result) {
                    m_download->close();
                    if (!partPath.isEmpty())
                        m_out.message(tr("The partial download is kept in %1; run the same "
                                         "command with --resume to continue.")
                                              .arg(partPath));
                    return apiFailed(result.error());
                }
                if (!m_download->flush()) {
                    m_out.message(tr("Cannot write %1: %2")
                                          .arg(m_download->fileName(), m_download->errorString()));
                    done(ExitLocalFailure);
                    return;
                }
                m_download->close();
                if (!partPath.isEmpty()) {
                    QFile::remove(m_options.output);
                    if (!QFile::rename(partPath, m_options.output)) {
                        m_out.message(
                                tr("Cannot rename %1 to %2.").arg(partPath, m_options.output));
                        done(ExitLocalFailure);
                        return;
                    }
                    const qint64 size = QFileInfo(m_options.output).size();
                    if (m_out.isJson())
                        m_out.json(
                                QJsonObject{{u"file"_qs, m_options.output},
                                            {u"bytes"_qs, size},
                                            {u"downloadedBytes"_qs, result.value().bytesWritten}});
                    else
                        m_out.line(tr("Saved %1 to %2 (%3).")
                                           .arg(m_options.path, m_options.output,
                                                CliOutput::size(size)));
                }
                done(ExitOk);
            });
}
