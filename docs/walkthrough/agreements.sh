#!/usr/bin/env bash
# Walk-through: an officer records a partner and a cooperation agreement, its commitments and meetings, links a
# programme to it, and finance asks how far it has been carried out. Run against ./mvnw quarkus:dev:
#   bash docs/walkthrough/agreements.sh
source "$(dirname "$0")/common.sh"
RUN=$(unique)
OFFICER=$(token officer-1 officer)
FINANCE=$(token finance-1 finance)
SME=$(token "sme-$RUN" sme)

# A partner, and an MOU with it (its status is derived: ACTIVE until endsOn, EXPIRED after, TERMINATED once terminated)
PARTNER=$(call POST /partners "$OFFICER" "{\"name\":\"Jiangsu Province $RUN\",\"nameLocal\":\"江苏省\",\"kind\":\"REGION\",
  \"country\":\"CN\",\"city\":\"Nanjing\"}" | jq -r .id)
AGREEMENT=$(call POST /agreements "$OFFICER" "{\"title\":\"Joint Consultative Body $RUN\",\"kind\":\"MOU\",\"signedOn\":\"2025-03-27\",
  \"startsOn\":\"2025-03-27\",\"endsOn\":\"2026-06-30\",\"partnerIds\":[\"$PARTNER\"],\"domesticParties\":[\"Gyeonggi Province\"],
  \"areas\":[\"HEALTHCARE\",\"YOUTH_EXCHANGE\",\"ECONOMY_TRADE\"],\"summary\":\"One joint consultative meeting a year\"}")
AGREEMENT_ID=$(jq -r .id <<<"$AGREEMENT")
expect "the agreement's partners" "$(jq -r '.partners[0].name' <<<"$AGREEMENT")" "Jiangsu Province $RUN"
expect "an SME asking for agreements" "$(curl -s -o /dev/null -w '%{http_code}' "$API/agreements" -H "Authorization: Bearer $SME")" 403

# Three commitments: one carried out, one under way and late, one dropped
YOUTH=$(call POST "/agreements/$AGREEMENT_ID/commitments" "$OFFICER" '{"description":"Youth exchange of students","area":"YOUTH_EXCHANGE","dueOn":"2025-12-31"}' | jq -r .id)
TRAINING=$(call POST "/agreements/$AGREEMENT_ID/commitments" "$OFFICER" '{"description":"Training for medical professionals","area":"HEALTHCARE","dueOn":"2025-10-31"}' | jq -r .id)
MATCHING=$(call POST "/agreements/$AGREEMENT_ID/commitments" "$OFFICER" '{"description":"Business exchange through the GBC in Shanghai","area":"ECONOMY_TRADE"}' | jq -r .id)
call POST "/commitments/$YOUTH/transitions" "$OFFICER" '{"to":"IN_PROGRESS","note":"first visits booked"}' >/dev/null
expect "the youth exchange, once done" "$(call POST "/commitments/$YOUTH/transitions" "$OFFICER" '{"to":"DONE"}' | jq -r .status)" DONE
expect "a done commitment dropped" "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$API/commitments/$YOUTH/transitions" \
  -H "Authorization: Bearer $OFFICER" -H "$JSON" -d '{"to":"DROPPED"}')" 409
call POST "/commitments/$TRAINING/transitions" "$OFFICER" '{"to":"IN_PROGRESS"}' >/dev/null
call POST "/commitments/$MATCHING/transitions" "$OFFICER" '{"to":"DROPPED","note":"replaced by the programme below"}' >/dev/null

# Meetings, and a programme that carries the agreement out
call POST "/agreements/$AGREEMENT_ID/meetings" "$OFFICER" '{"heldOn":"2025-03-27","kind":"JOINT_CONSULTATIVE","place":"Nanjing","attendees":12}' >/dev/null
call POST "/agreements/$AGREEMENT_ID/meetings" "$OFFICER" '{"heldOn":"2026-03-26","kind":"JOINT_CONSULTATIVE","place":"Suwon","attendees":14}' >/dev/null
PROGRAMME=$(call POST /programmes "$OFFICER" "{\"name\":\"Business exchange at GBC Shanghai $RUN\",\"kind\":\"MATCHMAKING\",
  \"agency\":\"GBSA\",\"budget\":{\"amount\":\"150000000\",\"currency\":\"KRW\"},\"perCompanyCap\":{\"amount\":\"10000000\",\"currency\":\"KRW\"},
  \"supportCategories\":[\"BUYER_MATCHMAKING\"],\"agreementId\":\"$AGREEMENT_ID\"}")
expect "the programme's agreement" "$(jq -r .agreementId <<<"$PROGRAMME")" "$AGREEMENT_ID"

# How far it has been carried out, as of 2026-01-15: 1 done of 2 counted (the dropped one is not), 1 overdue
ROW=$(call GET "/reports/agreements?asOf=2026-01-15" "$FINANCE" | jq -c --arg id "$AGREEMENT_ID" '.rows[] | select(.agreementId == $id)')
expect "its status on 2026-01-15" "$(jq -r .status <<<"$ROW")" ACTIVE
expect "its implementation rate" "$(jq -r .implementationRate <<<"$ROW")" 0.5000
expect "its overdue commitments" "$(jq -r .commitments.overdue <<<"$ROW")" 1
expect "its meetings in the last 12 months" "$(jq -r .meetingsLast12Months <<<"$ROW")" 1
expect "its linked programmes" "$(jq -r .programmes <<<"$ROW")" 1
expect "its status on 2026-07-01" "$(call GET "/reports/agreements?asOf=2026-07-01" "$FINANCE" \
  | jq -r --arg id "$AGREEMENT_ID" '.rows[] | select(.agreementId == $id) | .status')" EXPIRED
echo "agreements walk-through: done"
