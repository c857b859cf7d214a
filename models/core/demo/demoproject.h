// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include "models/core/project/project.h"

namespace cw {

/// A ready-made project for the "Acme Shop" demo API served by DemoServer at `baseUrl`:
/// configuration (base_url, secret api_token, start_date), bearer auth, and one stream per
/// resource, each with its own pagination style and an updated_at incremental cursor, plus
/// the child stream customer_notes. The token is a secret and is therefore not stored; the
/// demo server accepts "demo-token" unless started with another one.
Project makeDemoProject(const QString &baseUrl);

} // namespace cw
