#include "ConnectionTest.h"

#include "api/PlatformClient.h"
#include "api/TokenProvider.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Gateway answers about the request's own headers and credentials (section 1 of the API).
bool isHeaderProblem(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unauthorized)
        return true;
    if (error.kind() != ApiError::Kind::Http)
        return false;
    if (error.httpStatus() == 401 || error.httpStatus() == 400)
        return true;
    static const QStringList headerCodes{u"403000"_s, u"403003"_s, u"403010"_s, u"403025"_s};
    return error.httpStatus() == 403 && headerCodes.contains(error.code());
}

bool isSandboxProblem(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && error.httpStatus() == 403
            && error.code() == u"403027";
}

bool isPermissionProblem(const ApiError &error)
{
    return error.kind() == ApiError::Kind::Http && error.httpStatus() == 403
            && !isHeaderProblem(error) && !isSandboxProblem(error);
}

} // namespace

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
    m_states.fill(State::Pending);
}

ConnectionTest::~ConnectionTest() = default;

QString ConnectionTest::stepName(Step step)
{
    switch (step) {
    case Step::Token:
        return tr("Access token");
    case Step::Headers:
        return tr("Headers and credentials");
    case Step::Permissions:
        return tr("Permissions");
    case Step::Sandbox:
        return tr("Sandbox");
    }
    return {};
}

QString ConnectionTest::stepDescription(Step step)
{
    switch (step) {
    case Step::Token:
        return tr("Obtains an access token with the client ID and secret, or checks the pasted "
                  "token.");
    case Step::Headers:
        return tr("Sends one authenticated request to see that the token, client ID and "
                  "organization ID are accepted.");
    case Step::Permissions:
        return tr("Lists export jobs to see that this client may use the export API.");
    case Step::Sandbox:
        return tr("Lists datasets in the sandbox to see that it exists and can be reached.");
    }
    return {};
}

std::optional<ConnectionTest::Step> ConnectionTest::failedStep() const
{
    for (int i = 0; i < StepCount; ++i) {
        if (m_states[i] == State::Failed)
            return Step(i);
    }
    return std::nullopt;
}

void ConnectionTest::set(Step step, State state, std::optional<ApiError> error)
{
    m_states[index(step)] = state;
    m_errors[index(step)] = std::move(error);
    emit stepChanged(step, state);
}

void ConnectionTest::cancel()
{
    m_run.reset();
    m_client.reset();
    m_running = false;
}

void ConnectionTest::start(const Connection &connection, const QString &secret)
{
    cancel();
    m_running = true;
    m_run = std::make_unique<QObject>();
    for (int i = 0; i < StepCount; ++i) {
        m_errors[i].reset();
        set(Step(i), State::Pending);
    }

    if (const QStringList problems = connection.validate(); !problems.isEmpty()) {
        // Answered from the event loop, like every other outcome.
        QTimer::singleShot(0, m_run.get(), [this, problems] {
            set(Step::Token, State::Failed, ApiError::invalidRequest(problems));
            finish(false);
        });
        return;
    }

    m_client = std::make_unique<PlatformClient>();
    m_client->setConnection(connection, m_client->makeTokenProvider(connection, secret));
    RetryPolicy policy = m_client->retryPolicy();
    policy.maxAttempts = 2;
    policy.totalBudget = m_timeout;
    m_client->setRetryPolicy(policy);
    m_client->setTimeout(m_timeout);

    set(Step::Token, State::Running);
    m_client->fetchToken(m_run.get(), [this](ApiResult<QString> token) {
        if (!token) {
            set(Step::Token, State::Failed, token.error());
            finish(false);
            return;
        }
        set(Step::Token, State::Passed);
        runHeaders();
    });
}

void ConnectionTest::runHeaders()
{
    set(Step::Headers, State::Running);
    ListQuery query;
    query.limit = 1;
    m_client->listMergePolicies(query, m_run.get(), [this](ApiResult<MergePolicyPage> page) {
        if (!page) {
            failAt(Step::Headers, page.error());
            return;
        }
        set(Step::Headers, State::Passed);
        runPermissions();
    });
}

void ConnectionTest::runPermissions()
{
    set(Step::Permissions, State::Running);
    ExportJobQuery query;
    query.limit = 1;
    m_client->listExportJobs(query, m_run.get(), [this](ApiResult<ExportJobPage> page) {
        if (!page) {
            failAt(Step::Permissions, page.error());
            return;
        }
        set(Step::Permissions, State::Passed);
        runSandbox();
    });
}

void ConnectionTest::runSandbox()
{
    set(Step::Sandbox, State::Running);
    DatasetQuery query;
    query.limit = 1;
    query.properties = {u"name"_s};
    m_client->listDatasets(query, m_run.get(), [this](ApiResult<DatasetMap> datasets) {
        if (!datasets) {
            set(Step::Sandbox, State::Failed, datasets.error());
            finish(false);
            return;
        }
        set(Step::Sandbox, State::Passed);
        finish(true);
    });
}

void ConnectionTest::failAt(Step current, const ApiError &error)
{
    // The gateway checks the token, the client ID and the organization before the sandbox, so
    // a sandbox refusal means the headers were accepted.
    Step culprit = current;
    if (isSandboxProblem(error))
        culprit = Step::Sandbox;
    else if (current == Step::Headers && isPermissionProblem(error))
        culprit = Step::Permissions;
    else if (current == Step::Permissions && isHeaderProblem(error))
        culprit = Step::Headers;

    for (int i = index(current); i < StepCount; ++i) {
        if (Step(i) == culprit)
            continue;
        const bool accepted = Step(i) == current && index(culprit) > index(current);
        set(Step(i), accepted ? State::Passed : State::NotChecked);
    }
    set(culprit, State::Failed, error);
    finish(false);
}

void ConnectionTest::finish(bool passed)
{
    m_running = false;
    // A step after a failure was never reached.
    for (int i = 0; i < StepCount; ++i) {
        if (m_states[i] == State::Pending)
            set(Step(i), State::NotChecked);
    }
    // The secret lives in the client's token provider: let it go with the run.
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            m_client.reset();
    });
    emit finished(passed);
}
