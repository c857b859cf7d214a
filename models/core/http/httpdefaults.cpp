// SPDX-License-Identifier: MIT
#include "models/core/http/httpdefaults.h"

#include <QMutex>
#include <QMutexLocker>

#include "models/core/http/httpclient.h"

namespace cw {

namespace {

QMutex &defaultsMutex()
{
    static QMutex mutex;
    return mutex;
}

HttpDefaults &storedDefaults()
{
    static HttpDefaults defaults;
    return defaults;
}

} // namespace

HttpDefaults httpDefaults()
{
    QMutexLocker lock(&defaultsMutex());
    return storedDefaults();
}

void setHttpDefaults(const HttpDefaults &defaults)
{
    QMutexLocker lock(&defaultsMutex());
    storedDefaults() = defaults;
}

HttpRequest withHttpDefaults(HttpRequest request)
{
    const HttpRequest builtIn;
    const HttpDefaults defaults = httpDefaults();
    if (request.connectTimeoutMs == builtIn.connectTimeoutMs)
        request.connectTimeoutMs = defaults.connectTimeoutMs;
    if (request.totalTimeoutMs == builtIn.totalTimeoutMs)
        request.totalTimeoutMs = defaults.totalTimeoutMs;
    if (request.proxy == builtIn.proxy)
        request.proxy = defaults.proxy;
    if (request.maxBodySize == builtIn.maxBodySize)
        request.maxBodySize = defaults.maxBodySize;
    return request;
}

} // namespace cw
