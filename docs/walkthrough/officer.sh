#!/usr/bin/env bash
# Walk-through: an officer registers and verifies companies, creates a fair and a programme, raises the per-company
# cap and allocates support under the new cap. Run against ./mvnw quarkus:dev: bash docs/walkthrough/officer.sh
source "$(dirname "$0")/common.sh"
RUN=$(unique)
OFFICER=$(token officer-1 officer)
SME=$(token "sme-$RUN" sme)

# An officer registers a company: VERIFIED at once
MEDIWAVE=$(call POST /companies "$OFFICER" "{\"brn\":\"$(brn)\",\"nameKo\":\"메디웨이브 $RUN\",\"nameEn\":\"Mediwave\",
  \"representative\":\"Kim Min-jun\",\"sector\":\"Smart healthcare\",\"city\":\"Seongnam\",\"province\":\"Gyeonggi\",\"employees\":42,
  \"annualRevenue\":{\"amount\":\"3200000000\",\"currency\":\"KRW\"},\"exportsPrevYear\":{\"amount\":\"1250000.00\",\"currency\":\"USD\"},
  \"contactEmail\":\"export@mediwave.example\"}")
expect "an officer's registration" "$(jq -r .status <<<"$MEDIWAVE")" VERIFIED

# An SME registers its own company: PENDING_VERIFICATION, and it becomes a member
STUDIO=$(call POST /companies "$SME" "{\"brn\":\"$(brn)\",\"nameKo\":\"이천도예 $RUN\",\"representative\":\"Choi\",
  \"sector\":\"Ceramics\",\"contactEmail\":\"choi@ceramics.example\"}")
STUDIO_ID=$(jq -r .id <<<"$STUDIO")
expect "an SME's registration" "$(jq -r .status <<<"$STUDIO")" PENDING_VERIFICATION
expect "companies the SME sees" "$(call GET /companies "$SME" | jq -r '[.items[].id] | join(",")')" "$STUDIO_ID"
expect "the SME's companies in /me" "$(call GET /me "$SME" | jq -r '.companies | length')" 1

# An officer verifies it (If-Match is optional; with a stale ETag the answer is 412)
expect "after verification" "$(call PATCH "/companies/$STUDIO_ID" "$OFFICER" '{"status":"VERIFIED"}' | jq -r .status)" VERIFIED
expect "the company's audit trail" "$(call GET "/audit-events?entityId=$STUDIO_ID" "$OFFICER" | jq -r '[.items[].action] | sort | join(",")')" \
  "created,member-added,status-changed"

# A fair, a programme with a budget and a per-company cap of KRW 8,000,000
FAIR=$(call POST /fairs "$OFFICER" "{\"name\":\"MWC Barcelona $RUN\",\"series\":\"MWC Barcelona\",\"organiser\":\"GSMA\",
  \"city\":\"Barcelona\",\"country\":\"ES\",\"venue\":\"Fira Gran Via\",\"startsOn\":\"2025-03-03\",\"endsOn\":\"2025-03-06\"}" | jq -r .id)
PROG=$(call POST /programmes "$OFFICER" "{\"name\":\"Gyeonggi Pavilion $RUN\",\"kind\":\"EXHIBITION\",\"fairId\":\"$FAIR\",
  \"agency\":\"Gyeonggi Province\",\"budget\":{\"amount\":\"500000000\",\"currency\":\"KRW\"},
  \"perCompanyCap\":{\"amount\":\"8000000\",\"currency\":\"KRW\"},
  \"supportCategories\":[\"EXHIBITION_FEE\",\"PRODUCT_TRANSPORT\",\"INTERPRETATION\",\"BUYER_MATCHMAKING\"]}" | jq -r .id)
PART=$(call POST "/programmes/$PROG/participations" "$OFFICER" "{\"companyId\":\"$STUDIO_ID\"}" | jq -r .id)

# KRW 10,000,000 is over the cap: 422 cap-exceeded
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$API/participations/$PART/allocations" -H "Authorization: Bearer $OFFICER" \
  -H "$JSON" -d '{"category":"EXHIBITION_FEE","amount":{"amount":"10000000","currency":"KRW"}}')
expect "an allocation over the cap" "$STATUS" 422

# The cap is raised to KRW 12,000,000 from today: the same allocation is now accepted
call PUT "/programmes/$PROG/per-company-cap" "$OFFICER" "{\"cap\":{\"amount\":\"12000000\",\"currency\":\"KRW\"},
  \"effectiveFrom\":\"$TODAY\",\"reason\":\"Exchange-rate and price pressure\"}" >/dev/null
ALLOC=$(call POST "/participations/$PART/allocations" "$OFFICER" '{"category":"EXHIBITION_FEE","amount":{"amount":"10000000","currency":"KRW"}}')
expect "the allocation under the raised cap" "$(jq -r .status <<<"$ALLOC")" ACTIVE
BUDGET=$(call GET "/programmes/$PROG" "$OFFICER")
expect "allocated (live budget summary)" "$(jq -r .budgetSummary.allocated.amount <<<"$BUDGET")" 10000000
expect "remaining (live budget summary)" "$(jq -r .budgetSummary.remaining.amount <<<"$BUDGET")" 490000000
echo "officer walk-through: done"
