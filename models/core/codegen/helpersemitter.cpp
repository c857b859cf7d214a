// SPDX-License-Identifier: MIT
// The small helper functions of connector.py. Each is plain Python text, written only
// when a stream needs it, with the imports it needs.
#include "models/core/codegen/codegencontext.h"

namespace cw::codegen {

namespace {

const char *const kFetch = R"PY(
def fetch(session, method, url, params=None, headers=None, body=None):
    """Sends one request and returns its response.

    HTTP 429 and 5xx answers, timeouts and dropped connections are retried with
    exponential backoff, waiting as long as a Retry-After header asks. Other errors
    are raised, so that the sync fails instead of writing partial data silently.
    """
    for attempt in range(MAX_RETRIES + 1):
        try:
            response = session.request(
                method, url, params=params, headers=headers, data=body, timeout=REQUEST_TIMEOUT_SECONDS
            )
        except (requests.ConnectionError, requests.Timeout) as error:
            if attempt == MAX_RETRIES:
                raise RuntimeError(f"{method} {display_url(url)} failed: {type(error).__name__}") from error
            delay = backoff_seconds(attempt, None)
            log.warning(f"{method} {display_url(url)} failed ({type(error).__name__}); retrying in {delay:.0f} s")
            time.sleep(delay)
            continue
        if (response.status_code == 429 or response.status_code >= 500) and attempt < MAX_RETRIES:
            delay = backoff_seconds(attempt, response.headers.get("Retry-After"))
            log.warning(f"HTTP {response.status_code} from {display_url(url)}; retrying in {delay:.0f} s")
            time.sleep(delay)
            continue__REFRESH__
__NOTFOUND__        if not 200 <= response.status_code < 300:
            raise RuntimeError(
                f"HTTP {response.status_code} from {method} {display_url(url)}: {response.text[:400]}"
            )
        return response
    raise RuntimeError(f"{method} {display_url(url)} failed after {MAX_RETRIES} retries")


def backoff_seconds(attempt, retry_after):
    """Seconds to wait before the next attempt: what Retry-After asks (seconds or an HTTP
    date), otherwise 1, 2, 4, 8, ... seconds; never more than MAX_WAIT_SECONDS."""
    if retry_after:
        try:
            return min(max(float(retry_after), 0.0), MAX_WAIT_SECONDS)
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(retry_after)
            wait = (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
            return min(max(wait, 0.0), MAX_WAIT_SECONDS)
        except (TypeError, ValueError):
            pass
    return min(2.0**attempt, MAX_WAIT_SECONDS)


def display_url(url):
    """The URL without its query, which may carry credentials, for messages."""
    return url.split("?", 1)[0]
)PY";

const char *const kNotFound = R"PY(
class NotFound(RuntimeError):
    """HTTP 404: for a child stream, its parent was deleted after it was listed."""
)PY";

const char *const kFetchNotFound = R"PY(        if response.status_code == 404:
            raise NotFound(f"HTTP 404 from {method} {display_url(url)}")
)PY";

const char *const kStoredCursor = R"PY(
def stored_cursor(state, stream, key="cursor"):
    """The cursor a stream checkpointed last time: state[stream][key], or None. The key is
    "cursor" for its records and "deletions_cursor" for its deletions feed."""
    entry = state.get(stream)
    if not isinstance(entry, dict):
        return None
    return scalar_text(entry.get(key)) or None


def save_cursor(state, stream, cursor, key="cursor"):
    """Keeps the stream's cursor in the state for the next checkpoint."""
    if cursor:
        if not isinstance(state.get(stream), dict):
            state[stream] = {}
        state[stream][key] = cursor
)PY";

const char *const kRequestCursor = R"PY(
def request_cursor(cursor, request_format, lookback_seconds):
    """A stored cursor as the request sends it: moved back by the lookback window and
    written in the API's format ("rfc3339", "date", "epoch_seconds", "epoch_millis" or "raw")."""
    try:
        number = float(cursor)
        numeric = True
    except ValueError:
        numeric = False
    if numeric:
        millis = number if number > 1e11 else number * 1000
        moment = datetime.datetime.fromtimestamp(millis / 1000, tz=datetime.timezone.utc)
    else:
        try:
            moment = datetime.datetime.fromisoformat(cursor.replace("Z", "+00:00"))
        except ValueError:
            moment = None
    if request_format == "raw" or moment is None:
        return cursor
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    moment = (moment - datetime.timedelta(seconds=lookback_seconds)).astimezone(datetime.timezone.utc)
    if request_format == "date":
        return moment.date().isoformat()
    if request_format == "epoch_seconds":
        return str(int(moment.timestamp() // 1))
    if request_format == "epoch_millis":
        return str(int(moment.timestamp() * 1000 // 1))
    if numeric or lookback_seconds > 0:
        millis = moment.microsecond // 1000
        return moment.strftime("%Y-%m-%dT%H:%M:%S") + (f".{millis:03d}" if millis else "") + "Z"
    return cursor
)PY";

// Spliced into fetch() when the connection uses OAuth 2: a token the API rejects early
// (revoked, or expired before its time) is replaced once.
const char *const kFetchRefresh = R"PY(
        if response.status_code == 401 and isinstance(session.auth, ClientCredentials) and not refreshed:
            session.auth.expire()
            refreshed = True
            continue)PY";

const char *const kResponseJson = R"PY(
def response_json(response):
    """The parsed JSON body of a response; None when the body is empty."""
    if not response.content.strip():
        return None
    try:
        return response.json()
    except ValueError as error:
        raise RuntimeError(f"The response from {display_url(response.url)} is not valid JSON: {error}") from error
)PY";

const char *const kRecordsAt = R"PY(
def records_at(body, *path):
    """The records array at path inside a response body; a null array holds no records."""
    value = body
    for key in path:
        if isinstance(value, dict) and key in value:
            value = value[key]
        elif isinstance(value, list) and key.isdigit() and int(key) < len(value):
            value = value[int(key)]
        else:
            raise RuntimeError(f"The response has nothing at the records path /{'/'.join(path)}.")
    if value is None:
        return []
    if not isinstance(value, list):
        raise RuntimeError(f"The value at the records path /{'/'.join(path)} is not an array.")
    return value
)PY";

const char *const kDig = R"PY(
def dig(value, *path):
    """The value at path inside nested objects (and arrays), or None where it is absent."""
    for key in path:
        if isinstance(value, dict):
            value = value.get(key)
        elif isinstance(value, list) and key.isdigit() and int(key) < len(value):
            value = value[int(key)]
        else:
            return None
    return value
)PY";

const char *const kScalarText = R"PY(
def scalar_text(value):
    """A string, number or boolean as the text sent in a URL; '' for anything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, int, float)):
        return json.dumps(value)
    return ""
)PY";

const char *const kLaterCursor = R"PY(
def later_cursor(current, value):
    """The later of the cursor so far and a record's cursor value, as text. Integers and
    other numbers compare by value; text (RFC 3339 UTC timestamps) by its order."""
    text = scalar_text(value)
    if not text:
        return current
    if not current:
        return text
    try:
        return text if int(text) > int(current) else current
    except ValueError:
        pass
    try:
        return text if float(text) > float(current) else current
    except ValueError:
        return text if text > current else current
)PY";

const char *const kSameOrigin = R"PY(
def same_origin(url, other):
    """True when both URLs have the same scheme, host and port, so credentials may follow."""
    default_ports = {"http": 80, "https": 443}
    a, b = urlsplit(url), urlsplit(other)
    return (a.scheme, a.hostname, a.port or default_ports.get(a.scheme)) == (
        b.scheme,
        b.hostname,
        b.port or default_ports.get(b.scheme),
    )
)PY";

const char *const kWithQuery = R"PY(
def with_query(url, name, value):
    """The URL with the query parameter name set to value, replacing any it has."""
    parts = urlsplit(url)
    query = [(key, item) for key, item in parse_qsl(parts.query, keep_blank_values=True) if key != name]
    query.append((name, value))
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote)))
)PY";

const char *const kArrayAt = R"PY(
def array_at(value, *path):
    """The array at path inside a record, or an empty list where there is none."""
    found = dig(value, *path)
    return found if isinstance(found, list) else []
)PY";

const char *const kDecimalText = R"PY(
def decimal_text(value):
    """A DECIMAL value as the SDK takes it: text (floats are refused), None kept."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(int(value))
    return json.dumps(value)
)PY";

const char *const kClientCredentials = R"PY(
class ClientCredentials(requests.auth.AuthBase):
    """OAuth 2 client credentials (RFC 6749 section 4.4): a bearer token fetched on first
    use and again shortly before it expires."""

    def __init__(self, token_url, client_id, client_secret, scope):
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self.token = None
        self.expires_at = 0.0

    def expire(self):
        self.token = None

    def __call__(self, request):
        if self.token is None or time.monotonic() >= self.expires_at:
            self.fetch_token()
        request.headers["Authorization"] = "Bearer " + self.token
        return request

    def fetch_token(self):
        form = {"grant_type": "client_credentials"}
        if self.scope:
            form["scope"] = self.scope
        # Both parts are form-encoded before they are joined (RFC 6749 section 2.3.1).
        auth = (quote_plus(self.client_id), quote_plus(self.client_secret))
        response = requests.post(
            self.token_url,
            data=form,
            auth=auth,
            headers={"Accept": "application/json"},
            timeout=REQUEST_TIMEOUT_SECONDS,
        )
        if response.status_code != 200:
            raise RuntimeError(f"The OAuth token endpoint answered HTTP {response.status_code}: {response.text[:400]}")
        answer = response.json()
        self.token = answer.get("access_token")
        if not self.token:
            raise RuntimeError("The OAuth token endpoint answered without an access_token.")
        lifetime = float(answer.get("expires_in") or 0)
        # Keep a margin, but at least half the lifetime of short-lived tokens.
        usable = max(lifetime - 30, lifetime / 2) if lifetime > 0 else float("inf")
        self.expires_at = time.monotonic() + usable
)PY";

const char *const kBasicAuthHeader = R"PY(
def basic_auth_header(username, password):
    """An HTTP Basic Authorization value; UTF-8, which is what servers expect today."""
    return "Basic " + base64.b64encode(f"{username}:{password}".encode("utf-8")).decode("ascii")
)PY";

} // namespace

QString helperSource(Context &context)
{
    py::Writer out;
    const bool oauth = context.helpers.contains(Helper::ClientCredentials);
    for (const Helper helper : context.helpers) {
        QString text;
        switch (helper) {
        case Helper::Fetch:
            text = QString::fromUtf8(kFetch);
            text.replace(QStringLiteral("__REFRESH__"), oauth ? QString::fromUtf8(kFetchRefresh) : QString());
            text.replace(QStringLiteral("__NOTFOUND__"), context.needsNotFound ? QString::fromUtf8(kFetchNotFound) : QString());
            if (context.needsNotFound)
                text += QString::fromUtf8(kNotFound);
            if (oauth) {
                text.replace(QStringLiteral("    for attempt in range(MAX_RETRIES + 1):\n"),
                             QStringLiteral("    refreshed = False\n    for attempt in range(MAX_RETRIES + 1):\n"));
            }
            context.imports << QStringLiteral("import datetime") << QStringLiteral("import email.utils")
                            << QStringLiteral("import time");
            break;
        case Helper::ResponseJson: text = QString::fromUtf8(kResponseJson); break;
        case Helper::RecordsAt: text = QString::fromUtf8(kRecordsAt); break;
        case Helper::Dig: text = QString::fromUtf8(kDig); break;
        case Helper::ScalarText:
            text = QString::fromUtf8(kScalarText);
            context.imports << QStringLiteral("import json");
            break;
        case Helper::LaterCursor: text = QString::fromUtf8(kLaterCursor); break;
        case Helper::SameOrigin:
            text = QString::fromUtf8(kSameOrigin);
            context.imports << QStringLiteral("from urllib.parse import urlsplit");
            break;
        case Helper::WithQuery:
            text = QString::fromUtf8(kWithQuery);
            context.imports << QStringLiteral("from urllib.parse import parse_qsl") << QStringLiteral("from urllib.parse import quote")
                            << QStringLiteral("from urllib.parse import urlencode") << QStringLiteral("from urllib.parse import urlsplit")
                            << QStringLiteral("from urllib.parse import urlunsplit");
            break;
        case Helper::ArrayAt: text = QString::fromUtf8(kArrayAt); break;
        case Helper::DecimalText:
            text = QString::fromUtf8(kDecimalText);
            context.imports << QStringLiteral("import json");
            break;
        case Helper::ClientCredentials:
            text = QString::fromUtf8(kClientCredentials);
            context.imports << QStringLiteral("import time") << QStringLiteral("from urllib.parse import quote_plus");
            break;
        case Helper::StoredCursor: text = QString::fromUtf8(kStoredCursor); break;
        case Helper::RequestCursor:
            text = QString::fromUtf8(kRequestCursor);
            context.imports << QStringLiteral("import datetime");
            break;
        case Helper::BasicAuthHeader:
            text = QString::fromUtf8(kBasicAuthHeader);
            context.imports << QStringLiteral("import base64");
            break;
        }
        out.topLevelGap();
        out.block(text);
    }
    return out.text();
}

void Context::need(Helper helper)
{
    helpers.insert(helper);
    // Helpers built on other helpers pull them in.
    switch (helper) {
    case Helper::LaterCursor: helpers.insert(Helper::ScalarText); break;
    case Helper::ArrayAt: helpers.insert(Helper::Dig); break;
    case Helper::StoredCursor: helpers.insert(Helper::ScalarText); break;
    default: break;
    }
}

const MappingPlan *Context::plan(const Stream &stream) const
{
    for (qsizetype i = 0; i < project.streams.size() && i < plans.size(); ++i) {
        if (project.streams[i].name == stream.name)
            return &plans[i];
    }
    return nullptr;
}

} // namespace cw::codegen
