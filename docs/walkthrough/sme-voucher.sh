#!/usr/bin/env bash
# Walk-through: an SME through the client app, from registration to a paid voucher claim. Every SME step works with
# an SME token alone; each POST carries an Idempotency-Key. Run against ./mvnw quarkus:dev:
# bash docs/walkthrough/sme-voucher.sh
source "$(dirname "$0")/common.sh"
RUN=$(unique)
SME=$(token "sme-$RUN" sme)
OFFICER=$(token officer-1 officer)
FIN=$(token finance-1 finance)

# 0. An officer opens a voucher programme (government share 0.70); finance sets today's EUR rate
VP=$(call POST /voucher-programmes "$OFFICER" "{\"name\":\"Gyeonggi Ceramics Export Voucher $RUN\",\"agency\":\"KOCEF\",
  \"year\":2025,\"budget\":{\"amount\":\"100000000\",\"currency\":\"KRW\"},\"maxPerCompany\":{\"amount\":\"10000000\",\"currency\":\"KRW\"},
  \"governmentShare\":\"0.70\",\"eligibleCategories\":[\"INTERPRETATION\",\"TRANSLATION\",\"SHIPPING\"],
  \"applicationOpensOn\":\"$TODAY\",\"applicationClosesOn\":\"2999-12-31\",\"validUntil\":\"2999-12-31\"}" | jq -r .id)
call PUT "/fx-rates/EUR/$TODAY" "$FIN" '{"krwPerUnit":"1570.10","source":"Seoul Money Brokerage"}' >/dev/null

# 1. The SME registers its company (PENDING_VERIFICATION); an officer verifies it
CO=$(call POST /companies "$SME" "{\"brn\":\"$(brn)\",\"nameKo\":\"이천도예 $RUN\",\"representative\":\"Kim\",\"sector\":\"Ceramics\",
  \"contactEmail\":\"kim@studio.example\"}" | jq -r .id)
call PATCH "/companies/$CO" "$OFFICER" '{"status":"VERIFIED"}' >/dev/null

# 2. It applies to the voucher programme (inside the window); an officer approves a voucher of KRW 5,000,000
APP=$(call POST "/voucher-programmes/$VP/applications" "$SME" "{\"companyId\":\"$CO\",
  \"requested\":{\"amount\":\"5000000\",\"currency\":\"KRW\"},\"plan\":\"Interpretation in Paris\"}" | jq -r .id)
V=$(call POST "/voucher-applications/$APP/decision" "$OFFICER" '{"approve":true,"granted":{"amount":"5000000","currency":"KRW"},
  "reason":"Eligible"}' | jq -r .voucherId)

# 3. It claims an invoice of EUR 800.00: the subsidy, 800.00 x 1570.10 x 0.70 = KRW 879,256, is reserved at once
CLAIM=$(call POST "/vouchers/$V/claims" "$SME" "{\"category\":\"INTERPRETATION\",\"provider\":\"Paris Interpreters\",
  \"invoiceNumber\":\"F-$RUN\",\"invoiceDate\":\"$TODAY\",\"invoiceAmount\":{\"amount\":\"800.00\",\"currency\":\"EUR\"},
  \"description\":\"Buyer meetings\"}")
CL=$(jq -r .id <<<"$CLAIM")
expect "the claim's subsidy" "$(jq -r .subsidy.amount <<<"$CLAIM")" 879256

# 4. The SME attaches the invoice (the raw file; a claim is approved only with an INVOICE document)
INVOICE=$(mktemp)
printf '%%PDF-1.4\n%% invoice F-%s\n%%%%EOF\n' "$RUN" >"$INVOICE"
DOC=$(curl -sf -X POST "$API/claims/$CL/documents?kind=INVOICE" -H "Authorization: Bearer $SME" -H 'Content-Type: application/pdf' \
  -H "Content-Disposition: attachment; filename*=UTF-8''%EC%9D%B8%EB%B3%B4%EC%9D%B4%EC%8A%A4.pdf" --data-binary @"$INVOICE")
rm -f "$INVOICE"
expect "the document's name" "$(jq -r .filename <<<"$DOC")" "인보이스.pdf"

# 5. An officer approves the claim; finance pays it; the SME sees its balance
expect "the decision" "$(call POST "/claims/$CL/decision" "$OFFICER" '{"approve":true}' | jq -r .status)" APPROVED
expect "the payment" "$(call POST "/claims/$CL/payment" "$FIN" "{\"paidOn\":\"$TODAY\",\"reference\":\"PAY-$RUN\"}" | jq -r .status)" PAID
VOUCHER=$(call GET "/vouchers/$V" "$SME")
expect "paid from the voucher" "$(jq -r .paid.amount <<<"$VOUCHER")" 879256
expect "the voucher's balance" "$(jq -r .balance.amount <<<"$VOUCHER")" 4120744
echo "SME voucher walk-through: done"
