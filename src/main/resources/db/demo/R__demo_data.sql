-- Demo data, loaded in dev mode only (quarkus.flyway.locations adds db/demo in the %dev profile).
-- It reproduces the figures of the source articles (../shared/docs/domain.md); where the articles give
-- none (company names, BRNs, budgets of KOCEF, allocations, exchange rates), the values are PLAUSIBLE
-- DEMO VALUES, not real data. Exchange rates carry the source 'DEMO ...' to say so.
-- Idempotent: every insert skips rows that exist.

-- Fairs
insert into fairs (id, name, series, organiser, city, country, venue, starts_on, ends_on, sectors, website, created_at, updated_at, version) values
 ('f0000000-0000-4000-8000-000000000001', 'MWC Barcelona 2025', 'MWC Barcelona', 'GSMA', 'Barcelona', 'ES', 'Fira Gran Via', '2025-03-03', '2025-03-06',
  '{"Smart healthcare","Intelligent mobility","Data security","Network and 6G"}', 'https://www.mwcbarcelona.com', '2024-10-01T00:00:00Z', '2024-10-01T00:00:00Z', 0),
 ('f0000000-0000-4000-8000-000000000002', 'Maison&Objet Paris September 2024', 'Maison&Objet Paris', 'SAFI', 'Paris', 'FR', 'Paris Nord Villepinte', '2024-09-05', '2024-09-09',
  '{"Interior design","Ceramics","Home decor"}', 'https://www.maison-objet.com', '2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z', 0),
 ('f0000000-0000-4000-8000-000000000003', 'Maison&Objet Paris September 2025', 'Maison&Objet Paris', 'SAFI', 'Paris', 'FR', 'Paris Nord Villepinte', '2025-09-04', '2025-09-08',
  '{"Interior design","Ceramics","Home decor"}', 'https://www.maison-objet.com', '2025-02-15T00:00:00Z', '2025-02-15T00:00:00Z', 0)
on conflict do nothing;

-- Programmes (MWC: the article's budget; KOCEF budgets and caps are plausible demo values)
insert into programmes (id, name, kind, fair_id, agency, budget, target_companies, application_opens_on, application_closes_on, support_categories, created_at, updated_at, version) values
 ('a0000000-0000-4000-8000-000000000001', 'Gyeonggi Pavilion at MWC Barcelona 2025', 'EXHIBITION', 'f0000000-0000-4000-8000-000000000001', 'Gyeonggi Province',
  500000000, 26, '2024-11-01', '2024-12-15', '{EXHIBITION_FEE,PRODUCT_TRANSPORT,INTERPRETATION,BUYER_MATCHMAKING}', '2024-11-01T00:00:00Z', '2024-11-01T00:00:00Z', 0),
 ('a0000000-0000-4000-8000-000000000002', 'KOCEF Gyeonggi Ceramics Pavilion at Maison&Objet Paris 2024', 'EXHIBITION', 'f0000000-0000-4000-8000-000000000002',
  'Korea Ceramic Foundation (KOCEF) with Icheon and Yeoju', 250000000, 19, '2024-03-01', '2024-03-31', '{LOCAL_STAY,PRODUCT_TRANSPORT,INSURANCE,BOOTH_SETUP}',
  '2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z', 0),
 ('a0000000-0000-4000-8000-000000000003', 'KOCEF Gyeonggi Ceramics Pavilion at Maison&Objet Paris 2025', 'EXHIBITION', 'f0000000-0000-4000-8000-000000000003',
  'Korea Ceramic Foundation (KOCEF) with Icheon and Yeoju', 300000000, 20, '2025-03-01', greatest(date '2025-03-31', current_date + 60),
  '{LOCAL_STAY,PRODUCT_TRANSPORT,INSURANCE,BOOTH_SETUP,PROMOTIONAL_MATERIAL,EXPORT_TRAINING}', '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z', 0)
on conflict do nothing;

-- Per-company cap history: MWC raised from KRW 8,000,000 to 12,000,000 (the article)
insert into programme_caps (id, programme_id, cap, effective_from, reason, set_by_subject, set_by_name, set_at) values
 ('e0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 8000000, '2024-11-01', 'Set at creation', 'demo-officer', 'Demo officer', '2024-11-01T00:00:00Z'),
 ('e0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 12000000, '2025-02-01', 'Exchange-rate and price pressure', 'demo-officer', 'Demo officer', '2025-01-20T00:00:00Z'),
 ('e0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002', 10000000, '2024-03-01', 'Set at creation', 'demo-officer', 'Demo officer', '2024-03-01T00:00:00Z'),
 ('e0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000003', 12000000, '2025-03-01', 'Set at creation', 'demo-officer', 'Demo officer', '2025-03-01T00:00:00Z')
on conflict do nothing;

-- Companies (names and BRNs are demo values; the BRNs pass the NTS check digit)
insert into companies (id, brn, name_ko, name_en, representative, sector, city, province, employees, annual_revenue_amount, annual_revenue_currency, exports_prev_year_amount, exports_prev_year_currency, contact_email, contact_phone, status, created_at, updated_at, version) values
 ('c1000000-0000-4000-8000-000000000001', '291-41-77767', '메디웨이브', 'Mediwave', 'Demo representative', 'Smart healthcare', 'Seongnam', 'Gyeonggi', 23, 857000000, 'KRW', 173000.00, 'USD', 'export1@mwc-demo.example', '+82-31-555-1001', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000002', '111-52-44933', '헬스온', 'HealthOn', 'Demo representative', 'Smart healthcare', 'Suwon', 'Gyeonggi', 26, 914000000, 'KRW', 196000.00, 'USD', 'export2@mwc-demo.example', '+82-31-555-1002', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000003', '398-25-97915', '바이오센스', 'BioSense', 'Demo representative', 'Smart healthcare', 'Yongin', 'Gyeonggi', 29, 971000000, 'KRW', 219000.00, 'USD', 'export3@mwc-demo.example', '+82-31-555-1003', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000004', '341-67-21103', '닥터링크', 'DoctorLink', 'Demo representative', 'Smart healthcare', 'Anyang', 'Gyeonggi', 32, 1028000000, 'KRW', 242000.00, 'USD', 'export4@mwc-demo.example', '+82-31-555-1004', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000005', '945-80-73023', '케어로봇', 'CareRobot', 'Demo representative', 'Smart healthcare', 'Bucheon', 'Gyeonggi', 35, 1085000000, 'KRW', 265000.00, 'USD', 'export5@mwc-demo.example', '+82-31-555-1005', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000006', '917-40-02978', '뉴로핏', 'NeuroFit', 'Demo representative', 'Smart healthcare', 'Goyang', 'Gyeonggi', 38, 1142000000, 'KRW', 288000.00, 'USD', 'export6@mwc-demo.example', '+82-31-555-1006', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000007', '526-01-81593', '메디큐브', 'MediCube', 'Demo representative', 'Smart healthcare', 'Hwaseong', 'Gyeonggi', 41, 1199000000, 'KRW', 311000.00, 'USD', 'export7@mwc-demo.example', '+82-31-555-1007', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000008', '356-23-01236', '웰니스랩', 'Wellness Lab', 'Demo representative', 'Smart healthcare', 'Pyeongtaek', 'Gyeonggi', 44, 1256000000, 'KRW', 334000.00, 'USD', 'export8@mwc-demo.example', '+82-31-555-1008', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000009', '795-42-20588', '바이탈사인', 'VitalSign', 'Demo representative', 'Smart healthcare', 'Siheung', 'Gyeonggi', 47, 1313000000, 'KRW', 357000.00, 'USD', 'export9@mwc-demo.example', '+82-31-555-1009', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000010', '906-79-03773', '모빌리티원', 'Mobility One', 'Demo representative', 'Intelligent mobility', 'Hwaseong', 'Gyeonggi', 50, 1370000000, 'KRW', 380000.00, 'USD', 'export10@mwc-demo.example', '+82-31-555-1010', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000011', '787-78-93283', '오토비전', 'AutoVision', 'Demo representative', 'Intelligent mobility', 'Pangyo', 'Gyeonggi', 53, 1427000000, 'KRW', 403000.00, 'USD', 'export11@mwc-demo.example', '+82-31-555-1011', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000012', '748-52-60579', '라이다텍', 'LidarTech', 'Demo representative', 'Intelligent mobility', 'Suwon', 'Gyeonggi', 56, 1484000000, 'KRW', 426000.00, 'USD', 'export12@mwc-demo.example', '+82-31-555-1012', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000013', '442-32-32217', '스마트드라이브', 'SmartDrive', 'Demo representative', 'Intelligent mobility', 'Yongin', 'Gyeonggi', 59, 1541000000, 'KRW', 449000.00, 'USD', 'export13@mwc-demo.example', '+82-31-555-1013', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000014', '198-34-44178', '이브이링크', 'EV Link', 'Demo representative', 'Intelligent mobility', 'Ansan', 'Gyeonggi', 62, 1598000000, 'KRW', 472000.00, 'USD', 'export14@mwc-demo.example', '+82-31-555-1014', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000015', '308-02-30023', '로드센서', 'RoadSensor', 'Demo representative', 'Intelligent mobility', 'Gimpo', 'Gyeonggi', 65, 1655000000, 'KRW', 495000.00, 'USD', 'export15@mwc-demo.example', '+82-31-555-1015', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000016', '577-46-37062', '드론웨이', 'DroneWay', 'Demo representative', 'Intelligent mobility', 'Icheon', 'Gyeonggi', 68, 1712000000, 'KRW', 518000.00, 'USD', 'export16@mwc-demo.example', '+82-31-555-1016', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000017', '864-54-28410', '모션에이아이', 'Motion AI', 'Demo representative', 'Intelligent mobility', 'Osan', 'Gyeonggi', 71, 1769000000, 'KRW', 541000.00, 'USD', 'export17@mwc-demo.example', '+82-31-555-1017', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000018', '217-53-37722', '시큐어넷', 'SecureNet', 'Demo representative', 'Data security', 'Seongnam', 'Gyeonggi', 74, 1826000000, 'KRW', 564000.00, 'USD', 'export18@mwc-demo.example', '+82-31-555-1018', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000019', '181-83-65848', '크립토가드', 'CryptoGuard', 'Demo representative', 'Data security', 'Pangyo', 'Gyeonggi', 77, 1883000000, 'KRW', 587000.00, 'USD', 'export19@mwc-demo.example', '+82-31-555-1019', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000020', '241-59-20662', '제로트러스트', 'ZeroTrust Korea', 'Demo representative', 'Data security', 'Gwacheon', 'Gyeonggi', 80, 1940000000, 'KRW', 610000.00, 'USD', 'export20@mwc-demo.example', '+82-31-555-1020', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000021', '266-47-37820', '데이터쉴드', 'DataShield', 'Demo representative', 'Data security', 'Suwon', 'Gyeonggi', 83, 1997000000, 'KRW', 633000.00, 'USD', 'export21@mwc-demo.example', '+82-31-555-1021', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000022', '230-97-21514', '아이디키퍼', 'ID Keeper', 'Demo representative', 'Data security', 'Uijeongbu', 'Gyeonggi', 86, 2054000000, 'KRW', 656000.00, 'USD', 'export22@mwc-demo.example', '+82-31-555-1022', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000023', '410-94-66853', '큐세이프', 'QSafe', 'Demo representative', 'Data security', 'Goyang', 'Gyeonggi', 89, 2111000000, 'KRW', 679000.00, 'USD', 'export23@mwc-demo.example', '+82-31-555-1023', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000024', '692-32-32127', '프라이버시원', 'PrivacyOne', 'Demo representative', 'Data security', 'Anyang', 'Gyeonggi', 92, 2168000000, 'KRW', 702000.00, 'USD', 'export24@mwc-demo.example', '+82-31-555-1024', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000025', '603-47-04042', '6G웨이브', '6G Wave', 'Demo representative', 'Network and 6G', 'Seongnam', 'Gyeonggi', 95, 2225000000, 'KRW', 725000.00, 'USD', 'export25@mwc-demo.example', '+82-31-555-1025', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c1000000-0000-4000-8000-000000000026', '336-98-02700', '엣지클라우드', 'EdgeCloud', 'Demo representative', 'Network and 6G', 'Hanam', 'Gyeonggi', 98, 2282000000, 'KRW', 748000.00, 'USD', 'export26@mwc-demo.example', '+82-31-555-1026', 'VERIFIED', '2024-11-02T00:00:00Z', '2024-11-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000001', '938-57-08394', '이천도예', 'Icheon Ceramics', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 4, 101000000, 'KRW', 9500.00, 'USD', 'studio1@ceramics-demo.example', '+82-31-777-1001', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000002', '295-28-92645', '여주백자', 'Yeoju Porcelain', 'Demo artisan', 'Ceramics', 'Yeoju', 'Gyeonggi', 5, 112000000, 'KRW', 11000.00, 'USD', 'studio2@ceramics-demo.example', '+82-31-777-1002', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000003', '731-91-67516', '청자공방', 'Celadon Atelier', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 6, 123000000, 'KRW', 12500.00, 'USD', 'studio3@ceramics-demo.example', '+82-31-777-1003', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000004', '133-65-02025', '흙과불', 'Earth and Fire', 'Demo artisan', 'Ceramics', 'Yeoju', 'Gyeonggi', 7, 134000000, 'KRW', 14000.00, 'USD', 'studio4@ceramics-demo.example', '+82-31-777-1004', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000005', '959-10-48952', '도담도예', 'Dodam Pottery', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 8, 145000000, 'KRW', 15500.00, 'USD', 'studio5@ceramics-demo.example', '+82-31-777-1005', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000006', '708-87-04135', '무늬도자', 'Munui Ceramics', 'Demo artisan', 'Ceramics', 'Gwangju', 'Gyeonggi', 9, 156000000, 'KRW', 17000.00, 'USD', 'studio6@ceramics-demo.example', '+82-31-777-1006', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000007', '399-67-42688', '달항아리공방', 'Moon Jar Studio', 'Demo artisan', 'Ceramics', 'Yeoju', 'Gyeonggi', 10, 167000000, 'KRW', 18500.00, 'USD', 'studio7@ceramics-demo.example', '+82-31-777-1007', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000008', '216-46-31431', '한결도예', 'Hangyeol Pottery', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 11, 178000000, 'KRW', 20000.00, 'USD', 'studio8@ceramics-demo.example', '+82-31-777-1008', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000009', '437-78-01383', '분청작업실', 'Buncheong Works', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 12, 189000000, 'KRW', 21500.00, 'USD', 'studio9@ceramics-demo.example', '+82-31-777-1009', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000010', '693-67-48186', '소담세라믹', 'Sodam Ceramic', 'Demo artisan', 'Ceramics', 'Yeoju', 'Gyeonggi', 13, 200000000, 'KRW', 23000.00, 'USD', 'studio10@ceramics-demo.example', '+82-31-777-1010', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000011', '357-36-69239', '그릇마을', 'Bowl Village', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 14, 211000000, 'KRW', 24500.00, 'USD', 'studio11@ceramics-demo.example', '+82-31-777-1011', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000012', '799-47-62533', '화요도자', 'Hwayo Ceramics', 'Demo artisan', 'Ceramics', 'Yeoju', 'Gyeonggi', 15, 222000000, 'KRW', 26000.00, 'USD', 'studio12@ceramics-demo.example', '+82-31-777-1012', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000013', '140-78-53600', '다온공방', 'Daon Studio', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 16, 233000000, 'KRW', 27500.00, 'USD', 'studio13@ceramics-demo.example', '+82-31-777-1013', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000014', '391-53-90286', '백토', 'Baekto', 'Demo artisan', 'Ceramics', 'Gwangju', 'Gyeonggi', 17, 244000000, 'KRW', 29000.00, 'USD', 'studio14@ceramics-demo.example', '+82-31-777-1014', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000015', '431-81-58442', '온유도예', 'Onyu Pottery', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 18, 255000000, 'KRW', 30500.00, 'USD', 'studio15@ceramics-demo.example', '+82-31-777-1015', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000016', '984-01-27738', '물레하우스', 'Wheel House', 'Demo artisan', 'Ceramics', 'Yeoju', 'Gyeonggi', 19, 266000000, 'KRW', 32000.00, 'USD', 'studio16@ceramics-demo.example', '+82-31-777-1016', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000017', '322-36-28611', '유약연구소', 'Glaze Lab', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 20, 277000000, 'KRW', 33500.00, 'USD', 'studio17@ceramics-demo.example', '+82-31-777-1017', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000018', '241-54-04503', '가마솥도예', 'Kiln Pottery', 'Demo artisan', 'Ceramics', 'Yeoju', 'Gyeonggi', 21, 288000000, 'KRW', 35000.00, 'USD', 'studio18@ceramics-demo.example', '+82-31-777-1018', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000019', '428-86-11636', '토담', 'Todam', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 22, 299000000, 'KRW', 36500.00, 'USD', 'studio19@ceramics-demo.example', '+82-31-777-1019', 'VERIFIED', '2024-03-02T00:00:00Z', '2024-03-02T00:00:00Z', 0)
on conflict do nothing;

-- The dev token for sub=demo-sme acts for the first ceramics studio (and sees only its data)
insert into company_members (company_id, subject, email, added_at, added_by) values
 ('c2000000-0000-4000-8000-000000000001', 'demo-sme', 'studio1@ceramics-demo.example', '2024-03-02T00:00:00Z', 'demo-officer')
on conflict do nothing;

-- Participations: 26 companies attended MWC 2025, 19 studios attended Maison&Objet 2024, 3 studios applied for 2025
insert into participations (id, programme_id, company_id, status, created_by, created_at, updated_at, version)
select ('b1000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'a0000000-0000-4000-8000-000000000001',
       ('c1000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'ATTENDED', 'demo-officer', '2024-12-20T00:00:00Z', '2025-03-07T00:00:00Z', 0
from generate_series(1, 26) i
on conflict (id) do nothing;
insert into participations (id, programme_id, company_id, status, created_by, created_at, updated_at, version)
select ('b2000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'a0000000-0000-4000-8000-000000000002',
       ('c2000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'ATTENDED', 'demo-officer', '2024-04-10T00:00:00Z', '2024-09-10T00:00:00Z', 0
from generate_series(1, 19) i
on conflict (id) do nothing;
insert into participations (id, programme_id, company_id, status, created_by, created_at, updated_at, version)
select ('b3000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'a0000000-0000-4000-8000-000000000003',
       ('c2000000-0000-4000-8000-' || lpad((i + 1)::text, 12, '0'))::uuid, 'APPLIED', 'demo-sme', '2025-03-10T00:00:00Z', '2025-03-10T00:00:00Z', 0
from generate_series(1, 3) i
on conflict (id) do nothing;

-- Allocations (demo values): KRW 12,000,000 per MWC company (the raised cap), KRW 8,000,000 per 2024 ceramics studio
insert into allocations (id, participation_id, programme_id, company_id, category, original_amount, amount, disbursed, status, note, created_at, updated_at, version)
select md5('mwc-allocation-' || i || '-' || c.category)::uuid, ('b1000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid,
       'a0000000-0000-4000-8000-000000000001', ('c1000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid,
       c.category, c.amount, c.amount, c.paid, 'ACTIVE', null, '2025-02-10T00:00:00Z', '2025-03-20T00:00:00Z', 0
from generate_series(1, 26) i
cross join (values ('EXHIBITION_FEE', 6000000, 6000000), ('PRODUCT_TRANSPORT', 3000000, 3000000),
                   ('INTERPRETATION', 2000000, 2000000), ('BUYER_MATCHMAKING', 1000000, 0)) as c(category, amount, paid)
on conflict do nothing;
insert into allocations (id, participation_id, programme_id, company_id, category, original_amount, amount, disbursed, status, note, created_at, updated_at, version)
select md5('mo24-allocation-' || i || '-' || c.category)::uuid, ('b2000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid,
       'a0000000-0000-4000-8000-000000000002', ('c2000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid,
       c.category, c.amount, c.amount, c.amount, 'ACTIVE', null, '2024-08-01T00:00:00Z', '2024-10-01T00:00:00Z', 0
from generate_series(1, 19) i
cross join (values ('LOCAL_STAY', 3000000), ('PRODUCT_TRANSPORT', 4000000), ('INSURANCE', 1000000)) as c(category, amount)
on conflict do nothing;
insert into disbursements (id, allocation_id, programme_id, amount, paid_on, reference, created_by, created_at)
select md5('disbursement-' || a.id)::uuid, a.id, a.programme_id, a.disbursed,
       case when a.programme_id = 'a0000000-0000-4000-8000-000000000001' then date '2025-03-20' else date '2024-10-01' end,
       'DEMO-' || left(a.id::text, 8), 'demo-finance', a.updated_at
from allocations a where a.disbursed > 0 and a.programme_id in ('a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002')
on conflict do nothing;
-- The budget counters equal the live allocations (enforced from here on by the application's conditional updates).
update programmes p set allocated = t.live, disbursed = t.paid
from (select programme_id, sum(amount) live, sum(disbursed) paid from allocations group by programme_id) t
where t.programme_id = p.id;

-- Exchange rates: DEMO values, plausible for the dates, not official rates
insert into fx_rates (id, currency, rate_date, krw_per_unit, source, updated_at)
select md5('rate-' || r.currency || r.rate_date)::uuid, r.currency, r.rate_date::date, r.krw, 'DEMO: plausible value, not an official rate', '2025-03-10T00:00:00Z'
from (values ('USD', '2024-09-05', 1334.50), ('USD', '2024-09-06', 1335.80), ('USD', '2024-09-09', 1339.20),
             ('EUR', '2024-09-05', 1479.60), ('USD', '2024-10-15', 1361.40), ('EUR', '2024-10-15', 1483.90),
             ('USD', '2024-11-05', 1378.90), ('CAD', '2024-11-05', 991.20), ('USD', '2024-12-02', 1401.30),
             ('EUR', '2024-12-02', 1474.10), ('USD', '2025-01-20', 1457.70), ('EUR', '2025-01-20', 1500.20),
             ('USD', '2025-03-03', 1458.40), ('USD', '2025-03-04', 1461.10), ('USD', '2025-03-05', 1450.20),
             ('USD', '2025-03-06', 1447.80), ('EUR', '2025-03-03', 1527.30), ('USD', '2025-09-04', 1391.50),
             ('EUR', '2025-09-04', 1622.40)) as r(currency, rate_date, krw)
on conflict do nothing;

-- MWC Barcelona 2025: 558 consultations worth exactly USD 166,080,000.00 (the last row takes the remainder)
insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount, value_currency, occurred_on, status, note, created_by, created_at, updated_at, version)
select md5('mwc-consultation-' || i)::uuid, ('b1000000-0000-4000-8000-' || lpad((1 + (i - 1) % 26)::text, 12, '0'))::uuid,
       'a0000000-0000-4000-8000-000000000001', ('c1000000-0000-4000-8000-' || lpad((1 + (i - 1) % 26)::text, 12, '0'))::uuid,
       'CONSULTATION', 'Demo buyer ' || i, (array['ES','US','DE','FR','GB','JP','CN','SG','AE','SA','IT','NL','IN','BR','VN'])[1 + (i * 7) % 15],
       (154000 * 100 + ((i * 7919) % 290000) * 100 + (i * 37) % 100) / 100.0, 'USD', date '2025-03-03' + (i % 4),
       (array['OPEN','FOLLOW_UP','CLOSED'])[1 + i % 3], null, 'demo-officer', '2025-03-07T00:00:00Z', '2025-03-07T00:00:00Z', 0
from generate_series(1, 557) i
on conflict do nothing;
insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount, value_currency, occurred_on, status, note, created_by, created_at, updated_at, version)
select md5('mwc-consultation-558')::uuid, 'b1000000-0000-4000-8000-000000000014', 'a0000000-0000-4000-8000-000000000001',
       'c1000000-0000-4000-8000-000000000014', 'CONSULTATION', 'Demo buyer 558', 'US',
       166080000.00 - (select coalesce(sum(value_amount), 0) from outcomes where id <> md5('mwc-consultation-558')::uuid
                       and programme_id = 'a0000000-0000-4000-8000-000000000001' and kind = 'CONSULTATION'),
       'USD', date '2025-03-06', 'FOLLOW_UP', null, 'demo-officer', '2025-03-07T00:00:00Z', '2025-03-07T00:00:00Z', 0
on conflict do nothing;

-- MWC Barcelona 2025: 145 contracts pursued worth exactly USD 56,780,000.00 (20 of them signed since)
insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount, value_currency, occurred_on, status, note, created_by, created_at, updated_at, version)
select md5('mwc-contract-' || i)::uuid, ('b1000000-0000-4000-8000-' || lpad((1 + (i * 5) % 26)::text, 12, '0'))::uuid,
       'a0000000-0000-4000-8000-000000000001', ('c1000000-0000-4000-8000-' || lpad((1 + (i * 5) % 26)::text, 12, '0'))::uuid,
       'CONTRACT', 'Demo buyer ' || (1000 + i), (array['ES','US','DE','FR','GB','JP','CN','SG','AE','SA','IT','NL','IN','BR','VN'])[1 + (i * 11) % 15],
       (233000 * 100 + ((i * 6007) % 360000) * 100 + (i * 53) % 100) / 100.0, 'USD', date '2025-03-03' + (i % 4),
       case when i % 7 = 0 then 'SIGNED' else 'PURSUING' end, null, 'demo-officer', '2025-03-07T00:00:00Z', '2025-03-07T00:00:00Z', 0
from generate_series(1, 144) i
on conflict do nothing;
insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount, value_currency, occurred_on, status, note, created_by, created_at, updated_at, version)
select md5('mwc-contract-145')::uuid, 'b1000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001',
       'c1000000-0000-4000-8000-000000000003', 'CONTRACT', 'Demo buyer 1145', 'DE',
       56780000.00 - (select coalesce(sum(value_amount), 0) from outcomes where id <> md5('mwc-contract-145')::uuid
                      and programme_id = 'a0000000-0000-4000-8000-000000000001' and kind = 'CONTRACT'),
       'USD', date '2025-03-05', 'PURSUING', null, 'demo-officer', '2025-03-07T00:00:00Z', '2025-03-07T00:00:00Z', 0
on conflict do nothing;

-- Maison&Objet Paris 2024: 19 ceramics studios, 349 consultations worth exactly KRW 200,000,000
insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount, value_currency, occurred_on, status, note, created_by, created_at, updated_at, version)
select md5('mo24-consultation-' || i)::uuid, ('b2000000-0000-4000-8000-' || lpad((1 + (i - 1) % 19)::text, 12, '0'))::uuid,
       'a0000000-0000-4000-8000-000000000002', ('c2000000-0000-4000-8000-' || lpad((1 + (i - 1) % 19)::text, 12, '0'))::uuid,
       'CONSULTATION', 'Demo buyer ' || (2000 + i), (array['FR','NL','GR','CA','ES','BE','DE','IT','GB','US','JP','CH'])[1 + (i * 5) % 12],
       (338000 + ((i * 4649) % 500000)) / 1000 * 1000, 'KRW', date '2024-09-05' + (i % 5),
       (array['OPEN','FOLLOW_UP','CLOSED'])[1 + i % 3], null, 'demo-officer', '2024-09-10T00:00:00Z', '2024-09-10T00:00:00Z', 0
from generate_series(1, 348) i
on conflict do nothing;
insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount, value_currency, occurred_on, status, note, created_by, created_at, updated_at, version)
select md5('mo24-consultation-349')::uuid, 'b2000000-0000-4000-8000-000000000007', 'a0000000-0000-4000-8000-000000000002',
       'c2000000-0000-4000-8000-000000000007', 'CONSULTATION', 'Demo buyer 2349', 'FR',
       200000000 - (select coalesce(sum(value_amount), 0) from outcomes where id <> md5('mo24-consultation-349')::uuid
                    and programme_id = 'a0000000-0000-4000-8000-000000000002' and kind = 'CONSULTATION'),
       'KRW', date '2024-09-08', 'FOLLOW_UP', null, 'demo-officer', '2024-09-10T00:00:00Z', '2024-09-10T00:00:00Z', 0
on conflict do nothing;
-- ... followed up for months: sample deals with vendors in the Netherlands, Greece, Canada and Spain (demo amounts)
insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount, value_currency, occurred_on, status, note, created_by, created_at, updated_at, version) values
 (md5('mo24-deal-nl')::uuid, 'b2000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'c2000000-0000-4000-8000-000000000001',
  'CONTRACT', 'Demo vendor Amsterdam', 'NL', 4800.00, 'EUR', '2024-10-15', 'SIGNED', 'Sample deal after Maison&Objet', 'demo-officer', '2024-10-16T00:00:00Z', '2024-10-16T00:00:00Z', 0),
 (md5('mo24-deal-gr')::uuid, 'b2000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000002', 'c2000000-0000-4000-8000-000000000004',
  'CONTRACT', 'Demo vendor Athens', 'GR', 3200.00, 'EUR', '2024-12-02', 'SIGNED', 'Sample deal after Maison&Objet', 'demo-officer', '2024-12-03T00:00:00Z', '2024-12-03T00:00:00Z', 0),
 (md5('mo24-deal-ca')::uuid, 'b2000000-0000-4000-8000-000000000009', 'a0000000-0000-4000-8000-000000000002', 'c2000000-0000-4000-8000-000000000009',
  'CONTRACT', 'Demo vendor Toronto', 'CA', 5500.00, 'CAD', '2024-11-05', 'SIGNED', 'Sample deal after Maison&Objet', 'demo-officer', '2024-11-06T00:00:00Z', '2024-11-06T00:00:00Z', 0),
 (md5('mo24-deal-es')::uuid, 'b2000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000002', 'c2000000-0000-4000-8000-000000000012',
  'CONTRACT', 'Demo vendor Valencia', 'ES', 2750.00, 'EUR', '2025-01-20', 'PURSUING', 'Sample order under negotiation', 'demo-officer', '2025-01-21T00:00:00Z', '2025-01-21T00:00:00Z', 0)
on conflict do nothing;

-- Gyeonggi Ceramics Export Voucher Support Program 2025 (new in 2025; budget, maximum and share are demo values)
insert into voucher_programmes (id, name, agency, year, budget, granted, max_per_company, government_share, eligible_categories,
                                application_opens_on, application_closes_on, valid_until, created_at, updated_at, version) values
 ('d0000000-0000-4000-8000-000000000001', 'Gyeonggi Ceramics Export Voucher 2025', 'Korea Ceramic Foundation (KOCEF)', 2025,
  200000000, 0, 10000000, 0.70, '{INTERPRETATION,TRANSLATION,SAMPLE_TRANSPORT,SHIPPING,TRADE_DOCUMENTS,CARRIER_BROKERAGE}',
  '2025-03-01', greatest(date '2025-04-30', current_date + 60), greatest(date '2025-12-31', current_date + 365),
  '2025-02-20T00:00:00Z', '2025-02-20T00:00:00Z', 0)
on conflict do nothing;
insert into voucher_applications (id, programme_id, company_id, requested, plan, status, decision_reason, created_by, created_at, updated_at, version) values
 ('d1000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000001', 8000000,
  'Interpretation with Paris buyers; sample transport to Amsterdam and Athens', 'APPROVED', 'Strong follow-up from Maison&Objet 2024',
  'demo-sme', '2025-03-12T00:00:00Z', '2025-03-25T00:00:00Z', 0),
 ('d1000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000009', 10000000,
  'Carrier brokerage and shipping of samples to Toronto', 'APPROVED', null, 'demo-officer', '2025-03-14T00:00:00Z', '2025-03-25T00:00:00Z', 0),
 ('d1000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000012', 5000000,
  'Translation of catalogues into Spanish', 'APPLIED', null, 'demo-officer', '2025-04-02T00:00:00Z', '2025-04-02T00:00:00Z', 0)
on conflict do nothing;
insert into vouchers (id, application_id, programme_id, company_id, granted, government_share, reserved, paid, valid_until, created_at, updated_at, version) values
 ('d2000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001',
  'c2000000-0000-4000-8000-000000000001', 7000000, 0.70, 0, 0, greatest(date '2025-12-31', current_date + 365), '2025-03-25T00:00:00Z', '2025-03-25T00:00:00Z', 0),
 ('d2000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000001',
  'c2000000-0000-4000-8000-000000000009', 10000000, 0.70, 0, 0, greatest(date '2025-12-31', current_date + 365), '2025-03-25T00:00:00Z', '2025-03-25T00:00:00Z', 0)
on conflict do nothing;
-- Claims: EUR 1,200.00 at 1,527.30 x 0.70 = KRW 1,282,932 (paid); KRW 950,000 x 0.70 = KRW 665,000 (submitted)
insert into claims (id, voucher_id, company_id, category, provider, provider_key, invoice_number, invoice_key, invoice_date,
                    invoice_amount, invoice_currency, krw_per_unit, rate_date, rate_source, subsidy, status, description,
                    decision_reason, paid_on, payment_reference, created_by, created_at, updated_at, version) values
 ('d3000000-0000-4000-8000-000000000001', 'd2000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000001',
  'INTERPRETATION', 'Paris Interprètes (demo)', 'paris interprètes (demo)', 'PI-2025-031', 'PI-2025-031', '2025-03-03',
  1200.00, 'EUR', 1527.30, '2025-03-03', 'DEMO: plausible value, not an official rate', 1282932, 'PAID',
  'Interpretation at buyer meetings', 'Eligible', '2025-04-10', 'DEMO-PAY-0001', 'demo-sme', '2025-03-28T00:00:00Z', '2025-04-10T00:00:00Z', 0),
 ('d3000000-0000-4000-8000-000000000002', 'd2000000-0000-4000-8000-000000000001', 'c2000000-0000-4000-8000-000000000001',
  'SAMPLE_TRANSPORT', 'Hanjin Express (demo)', 'hanjin express (demo)', 'HJ-55120', 'HJ-55120', '2025-04-15',
  950000, 'KRW', null, null, null, 665000, 'SUBMITTED', 'Samples to Amsterdam', null, null, null, 'demo-sme',
  '2025-04-16T00:00:00Z', '2025-04-16T00:00:00Z', 0)
on conflict do nothing;
update voucher_programmes p set granted = t.total
from (select programme_id, sum(granted) total from vouchers group by programme_id) t where t.programme_id = p.id;
update vouchers v set reserved = coalesce(t.reserved, 0), paid = coalesce(t.paid, 0)
from (select voucher_id, sum(subsidy) filter (where status in ('SUBMITTED', 'APPROVED')) reserved,
             sum(subsidy) filter (where status = 'PAID') paid from claims group by voucher_id) t
where t.voucher_id = v.id;

-- Selection for Maison&Objet Paris 2025 (DEMO values: the call, the scores and the reviewers are illustrative):
-- a call of 20 seats, 24 applicant studios (the 3 above, 15 more of the 2024 studios and 6 new ones), three
-- outside reviewers on the panel (dev tokens: /dev/token?sub=demo-reviewer-1&roles=reviewer), two scored reviews
-- needed, every application reviewed, and reviewer 3 declaring a conflict of interest on Moon Jar Studio.
-- Nothing is decided yet: POST /programmes/a0000000-0000-4000-8000-000000000003/selection-decision does it.
insert into companies (id, brn, name_ko, name_en, representative, sector, city, province, employees, annual_revenue_amount, annual_revenue_currency, exports_prev_year_amount, exports_prev_year_currency, contact_email, contact_phone, status, created_at, updated_at, version) values
 ('c2000000-0000-4000-8000-000000000020', '135-81-00019', '새벽가마', 'Dawn Kiln', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 3, 88000000, 'KRW', 0, 'USD', 'studio20@ceramics-demo.example', '+82-31-777-1020', 'VERIFIED', '2025-02-20T00:00:00Z', '2025-02-20T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000021', '212-81-00029', '청솔도방', 'Cheongsol Pottery', 'Demo artisan', 'Ceramics', 'Yeoju', 'Gyeonggi', 5, 140000000, 'KRW', 4200.00, 'USD', 'studio21@ceramics-demo.example', '+82-31-777-1021', 'VERIFIED', '2025-02-20T00:00:00Z', '2025-02-20T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000022', '301-81-00033', '하늘빛자기', 'Skylight Porcelain', 'Demo artisan', 'Ceramics', 'Gwangju', 'Gyeonggi', 6, 172000000, 'KRW', 0, 'USD', 'studio22@ceramics-demo.example', '+82-31-777-1022', 'VERIFIED', '2025-02-20T00:00:00Z', '2025-02-20T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000023', '402-81-00049', '결도자', 'Grain Ceramics', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 4, 96000000, 'KRW', 2500.00, 'USD', 'studio23@ceramics-demo.example', '+82-31-777-1023', 'VERIFIED', '2025-02-20T00:00:00Z', '2025-02-20T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000024', '503-81-00056', '숨도예', 'Sum Pottery', 'Demo artisan', 'Ceramics', 'Yeoju', 'Gyeonggi', 7, 205000000, 'KRW', 8800.00, 'USD', 'studio24@ceramics-demo.example', '+82-31-777-1024', 'VERIFIED', '2025-02-20T00:00:00Z', '2025-02-20T00:00:00Z', 0),
 ('c2000000-0000-4000-8000-000000000025', '604-81-00062', '빛결공방', 'Bitgyeol Studio', 'Demo artisan', 'Ceramics', 'Icheon', 'Gyeonggi', 5, 119000000, 'KRW', 0, 'USD', 'studio25@ceramics-demo.example', '+82-31-777-1025', 'VERIFIED', '2025-02-20T00:00:00Z', '2025-02-20T00:00:00Z', 0)
on conflict do nothing;
insert into participations (id, programme_id, company_id, status, created_by, created_at, updated_at, version)
select ('b3000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'a0000000-0000-4000-8000-000000000003',
       ('c2000000-0000-4000-8000-' || lpad((i + 1)::text, 12, '0'))::uuid, 'APPLIED', 'demo-sme',
       timestamptz '2025-03-10T00:00:00Z' + (i || ' hours')::interval, timestamptz '2025-03-10T00:00:00Z' + (i || ' hours')::interval, 0
from generate_series(4, 24) i
on conflict (id) do nothing;
insert into selection_settings (call_id, call_kind, seats, reviews_required, created_at, updated_at, version) values
 ('a0000000-0000-4000-8000-000000000003', 'PROGRAMME', 20, 2, '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z', 0)
on conflict do nothing;
insert into selection_criteria (call_id, position, key, label, weight) values
 ('a0000000-0000-4000-8000-000000000003', 0, 'export-readiness', 'Export readiness (catalogue, prices, logistics)', 40),
 ('a0000000-0000-4000-8000-000000000003', 1, 'design', 'Design and craft quality', 35),
 ('a0000000-0000-4000-8000-000000000003', 2, 'buyer-plan', 'Plan for European buyers', 25)
on conflict (call_id, position) do nothing;
insert into selection_reviewers (id, call_id, call_kind, subject, name, added_by, added_at) values
 ('e1000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000003', 'PROGRAMME', 'demo-reviewer-1', 'Prof. Han (design school, demo)', 'demo-officer', '2025-03-05T00:00:00Z'),
 ('e1000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000003', 'PROGRAMME', 'demo-reviewer-2', 'Ms. Seo (interior buyer, demo)', 'demo-officer', '2025-03-05T00:00:00Z'),
 ('e1000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000003', 'PROGRAMME', 'demo-reviewer-3', 'Mr. Baek (export consultant, demo)', 'demo-officer', '2025-03-05T00:00:00Z')
on conflict do nothing;
-- Scores 0..100 per criterion, deterministic demo values; studio 7 (Moon Jar Studio) gets reviewer 3's conflict declaration.
insert into reviews (id, call_id, application_id, reviewer_subject, reviewer_name, conflict_of_interest, weighted_total, weight_total, comment, submitted_at)
select md5('mo25-review-' || p.i || '-' || r.n)::uuid, 'a0000000-0000-4000-8000-000000000003', p.id, 'demo-reviewer-' || r.n,
       r.name, p.i = 6 and r.n = 3,
       case when p.i = 6 and r.n = 3 then null else 40 * s.readiness + 35 * s.design + 25 * s.plan end,
       case when p.i = 6 and r.n = 3 then null else 100 end,
       case when p.i = 6 and r.n = 3 then 'I advised this studio on its 2024 catalogue (demo).' else 'Demo review' end,
       timestamptz '2025-04-01T00:00:00Z' + (p.i || ' hours')::interval + (r.n || ' minutes')::interval
from (select ('b3000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid as id, i from generate_series(1, 24) i) p
cross join (values (1, 'Prof. Han (design school, demo)'), (2, 'Ms. Seo (interior buyer, demo)'), (3, 'Mr. Baek (export consultant, demo)')) as r(n, name)
cross join lateral (select 50 + (p.i * 37 + r.n * 11) % 50 as readiness, 45 + (p.i * 23 + r.n * 7) % 55 as design,
                           40 + (p.i * 13 + r.n * 17) % 60 as plan) s
on conflict do nothing;
insert into review_scores (review_id, criterion_key, score)
select md5('mo25-review-' || p.i || '-' || r.n)::uuid, c.key,
       case c.key when 'export-readiness' then 50 + (p.i * 37 + r.n * 11) % 50 when 'design' then 45 + (p.i * 23 + r.n * 7) % 55
                  else 40 + (p.i * 13 + r.n * 17) % 60 end
from generate_series(1, 24) as p(i) cross join generate_series(1, 3) as r(n)
cross join (values ('export-readiness'), ('design'), ('buyer-plan')) as c(key)
where not (p.i = 6 and r.n = 3)
on conflict do nothing;

-- Results over time (ILLUSTRATIVE follow-up figures: the published 558 consultations, 145 contracts and their USD
-- values stay exact; which contracts were signed when, the verifications and the follow-up submissions are demo
-- values). Signed contracts are signed on their date unless stated below.
update outcomes set signed_on = occurred_on where kind = 'CONTRACT' and status = 'SIGNED' and signed_on is null
   and programme_id <> 'a0000000-0000-4000-8000-000000000001';
-- MWC 2025 (fair ended 2025-03-06): the 20 signed contracts signed every 19 days from then on: 4 within 3 months,
-- 9 within 6, 19 within 12 and one later; 8 verified by an export declaration.
update outcomes o set signed_on = date '2025-03-06' + cast(n.k * 19 as integer)
  from (select id, row_number() over (order by occurred_on, buyer_name) as k from outcomes
         where programme_id = 'a0000000-0000-4000-8000-000000000001' and kind = 'CONTRACT' and status = 'SIGNED') n
 where o.id = n.id and o.signed_on is null;
update outcomes o set verification_status = 'VERIFIED', evidence_kind = 'EXPORT_DECLARATION',
       evidence_reference = 'DEMO-ED-2025-' || lpad(n.k::text, 4, '0'), evidence_key = 'demo-ed-2025-' || lpad(n.k::text, 4, '0'),
       verified_by_subject = 'demo-officer', verified_by_name = 'Demo officer', verified_at = o.signed_on + 30
  from (select id, row_number() over (order by signed_on, id) as k from outcomes
         where programme_id = 'a0000000-0000-4000-8000-000000000001' and kind = 'CONTRACT' and status = 'SIGNED') n
 where o.id = n.id and n.k <= 8 and o.verification_status is null;

-- The earlier edition, so the series compares two years: MWC Barcelona 2024 with 20 Gyeonggi companies (demo values).
insert into fairs (id, name, series, organiser, city, country, venue, starts_on, ends_on, sectors, website, created_at, updated_at, version) values
 ('f0000000-0000-4000-8000-000000000004', 'MWC Barcelona 2024', 'MWC Barcelona', 'GSMA', 'Barcelona', 'ES', 'Fira Gran Via', '2024-02-26', '2024-02-29',
  '{"Smart healthcare","Intelligent mobility","Data security","Network and 6G"}', 'https://www.mwcbarcelona.com', '2023-10-01T00:00:00Z', '2023-10-01T00:00:00Z', 0)
on conflict do nothing;
insert into programmes (id, name, kind, fair_id, agency, budget, target_companies, application_opens_on, application_closes_on, support_categories, created_at, updated_at, version) values
 ('a0000000-0000-4000-8000-000000000004', 'Gyeonggi Pavilion at MWC Barcelona 2024 (demo)', 'EXHIBITION', 'f0000000-0000-4000-8000-000000000004',
  'Gyeonggi Province', 400000000, 20, '2023-11-01', '2023-12-15', '{EXHIBITION_FEE,PRODUCT_TRANSPORT,INTERPRETATION,BUYER_MATCHMAKING}',
  '2023-11-01T00:00:00Z', '2023-11-01T00:00:00Z', 0)
on conflict do nothing;
insert into programme_caps (id, programme_id, cap, effective_from, reason, set_by_subject, set_by_name, set_at) values
 ('a1000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000004', 10000000, '2023-11-01', 'Set at creation',
  'demo-officer', 'Demo officer', '2023-11-01T00:00:00Z')
on conflict do nothing;
insert into participations (id, programme_id, company_id, status, created_by, created_at, updated_at, version)
select ('b4000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'a0000000-0000-4000-8000-000000000004',
       ('c1000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'ATTENDED', 'demo-officer', '2023-12-20T00:00:00Z', '2024-03-01T00:00:00Z', 0
from generate_series(1, 20) i
on conflict (id) do nothing;
insert into allocations (id, participation_id, programme_id, company_id, category, original_amount, amount, disbursed, status, note, created_at, updated_at, version)
select md5('mwc24-allocation-' || i)::uuid, ('b4000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid,
       'a0000000-0000-4000-8000-000000000004', ('c1000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid,
       'EXHIBITION_FEE', 9000000, 9000000, 0, 'ACTIVE', null, '2024-01-20T00:00:00Z', '2024-01-20T00:00:00Z', 0
from generate_series(1, 20) i
on conflict do nothing;
update programmes p set allocated = t.live
from (select programme_id, sum(amount) live from allocations where programme_id = 'a0000000-0000-4000-8000-000000000004' group by programme_id) t
where t.programme_id = p.id;
insert into fx_rates (id, currency, rate_date, krw_per_unit, source, updated_at)
select md5('rate-' || r.currency || r.rate_date)::uuid, r.currency, r.rate_date::date, r.krw, 'DEMO: plausible value, not an official rate', '2024-03-01T00:00:00Z'
from (values ('USD', '2024-02-26', 1331.10), ('USD', '2024-02-27', 1332.40), ('USD', '2024-02-28', 1335.00),
             ('USD', '2024-02-29', 1333.80)) as r(currency, rate_date, krw)
on conflict do nothing;
-- 420 consultations and 96 contracts pursued (demo), 24 of them signed: every 15 days from the fair's end.
insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount, value_currency, occurred_on, status, note, created_by, created_at, updated_at, version)
select md5('mwc24-consultation-' || i)::uuid, ('b4000000-0000-4000-8000-' || lpad((1 + (i - 1) % 20)::text, 12, '0'))::uuid,
       'a0000000-0000-4000-8000-000000000004', ('c1000000-0000-4000-8000-' || lpad((1 + (i - 1) % 20)::text, 12, '0'))::uuid,
       'CONSULTATION', 'Demo buyer 24-' || i, (array['ES','US','DE','FR','GB','JP','CN','SG','AE','SA'])[1 + (i * 7) % 10],
       (150000 + (i * 7919) % 250000), 'USD', date '2024-02-26' + (i % 4),
       (array['OPEN','FOLLOW_UP','CLOSED'])[1 + i % 3], 'Demo (illustrative)', 'demo-officer', '2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z', 0
from generate_series(1, 420) i
on conflict do nothing;
insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount, value_currency, occurred_on, status, note, created_by, created_at, updated_at, version, signed_on)
select md5('mwc24-contract-' || i)::uuid, ('b4000000-0000-4000-8000-' || lpad((1 + (i * 3) % 20)::text, 12, '0'))::uuid,
       'a0000000-0000-4000-8000-000000000004', ('c1000000-0000-4000-8000-' || lpad((1 + (i * 3) % 20)::text, 12, '0'))::uuid,
       'CONTRACT', 'Demo buyer 24-' || (1000 + i), (array['ES','US','DE','FR','GB','JP','CN','SG','AE','SA'])[1 + (i * 11) % 10],
       (220000 + (i * 6007) % 300000), 'USD', date '2024-02-26' + (i % 4),
       case when i % 4 = 0 then 'SIGNED' else 'PURSUING' end, 'Demo (illustrative)', 'demo-officer', '2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z', 0,
       case when i % 4 = 0 then date '2024-02-29' + (i / 4) * 15 end
from generate_series(1, 96) i
on conflict do nothing;

-- Follow-up submissions (demo): fewer companies report at each later round, the rest are overdue.
insert into follow_up_submissions (participation_id, month, note, submitted_by, submitted_at)
select ('b1000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, m.month, 'Outcomes up to date (demo)', 'demo-sme',
       timestamptz '2025-03-10T00:00:00Z' + make_interval(months => m.month)
from generate_series(1, 26) i cross join (values (0, 24), (3, 20), (6, 15), (12, 9)) as m(month, reporting)
where i <= m.reporting
on conflict do nothing;
insert into follow_up_submissions (participation_id, month, note, submitted_by, submitted_at)
select ('b2000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, m.month, 'Outcomes up to date (demo)', 'demo-sme',
       timestamptz '2024-09-12T00:00:00Z' + make_interval(months => m.month)
from generate_series(1, 19) i cross join (values (0, 19), (3, 16), (6, 12), (12, 8)) as m(month, reporting)
where i <= m.reporting
on conflict do nothing;
insert into follow_up_submissions (participation_id, month, note, submitted_by, submitted_at)
select ('b4000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, m.month, 'Outcomes up to date (demo)', 'demo-sme',
       timestamptz '2024-03-04T00:00:00Z' + make_interval(months => m.month)
from generate_series(1, 20) i cross join (values (0, 20), (3, 18), (6, 15), (12, 12)) as m(month, reporting)
where i <= m.reporting
on conflict do nothing;

-- Partners and cooperation agreements, from the articles (../shared/seeds/). Facts the articles give: Gyeonggi and Jiangsu
-- signed a sisterhood agreement in June 2023 and, on 2025-03-27 in Jiangsu, an MOU establishing a joint consultative body
-- (one meeting a year) whose first meeting, the same day, listed youth exchange, agricultural research, healthcare
-- training, climate cooperation (the International Clean Air Forum in September), a business exchange programme through
-- the Gyeonggi Business Center (GBC) in Shanghai and Hwaseong-Yancheng exchanges; Gyeonggi and Hangzhou signed an
-- execution agreement on global start-ups "on the 10th" (article of 2019) by 7 institutions, attended by 25, with three
-- undertakings (overseas offices, a joint Global Start-up Contest, special investment funds); the Gyeonggi-Utah Action
-- Plan was signed in September 2024 during Governor Cox's visit (sister regions since September 1983), and its first
-- follow-up was the familiarisation tour for Delta Air Lines' 16-member sales team on 2025-03-13.
-- ASSUMED (DEMO) where the articles say nothing: the days of the 2023 sisterhood (06-01), of the Hangzhou signing
-- (2019-10-10), of the Utah plan (2024-09-23); every commitment's owner, due date and status; the 2026 consultative
-- meeting; the Shanghai programme with its companies, consultations and contracts.
insert into partners (id, name, name_local, kind, country, city, website, created_at, updated_at, version) values
 ('d0000000-0000-4000-8000-000000000001', 'Jiangsu Province', '江苏省', 'REGION', 'CN', 'Nanjing', 'https://www.jiangsu.gov.cn', '2023-06-01T00:00:00Z', '2023-06-01T00:00:00Z', 0),
 ('d0000000-0000-4000-8000-000000000002', 'Hangzhou Municipal Government', '杭州市人民政府', 'REGION', 'CN', 'Hangzhou', null, '2019-10-10T00:00:00Z', '2019-10-10T00:00:00Z', 0),
 ('d0000000-0000-4000-8000-000000000003', 'Hangzhou Advanced Technology Investment Co., Ltd.', null, 'COMPANY', 'CN', 'Hangzhou', null, '2019-10-10T00:00:00Z', '2019-10-10T00:00:00Z', 0),
 ('d0000000-0000-4000-8000-000000000004', 'Hangzhou Global Innovation Center', null, 'OTHER', 'CN', 'Hangzhou', null, '2019-10-10T00:00:00Z', '2019-10-10T00:00:00Z', 0),
 ('d0000000-0000-4000-8000-000000000005', 'State of Utah', null, 'REGION', 'US', 'Salt Lake City', 'https://www.utah.gov', '2024-09-23T00:00:00Z', '2024-09-23T00:00:00Z', 0)
on conflict do nothing;

insert into agreements (id, title, kind, signed_on, starts_on, ends_on, domestic_parties, areas, summary, created_at, updated_at, version) values
 ('d1000000-0000-4000-8000-000000000001', 'Gyeonggi-Jiangsu Sisterhood Agreement', 'SISTERHOOD', '2023-06-01', '2023-06-01', null,
  '{Gyeonggi Province}', '{ECONOMY_TRADE,CULTURE,YOUTH_EXCHANGE}',
  'Signed when Jiangsu Party Secretary Xin Changxing visited Gyeonggi; Governor Kim proposed a working-level group (day of June assumed).',
  '2023-06-01T00:00:00Z', '2023-06-01T00:00:00Z', 0),
 ('d1000000-0000-4000-8000-000000000002', 'MOU on the Establishment of a Gyeonggi-Jiangsu Joint Consultative Body', 'MOU', '2025-03-27', '2025-03-27', null,
  '{Gyeonggi Province International Cooperation Bureau}', '{ECONOMY_TRADE,AGRICULTURE,HEALTHCARE,CLIMATE_ENVIRONMENT,YOUTH_EXCHANGE}',
  'Signed in Jiangsu by Director General Park Keon-Kyun and Foreign Affairs Director General Sun Yi: one joint consultative meeting a year, led by Gyeonggi''s International Cooperation Bureau and Jiangsu''s Foreign Affairs Office.',
  '2025-03-27T00:00:00Z', '2025-03-27T00:00:00Z', 0),
 ('d1000000-0000-4000-8000-000000000003', 'Execution Agreement on Cooperation for Global Start-ups', 'EXECUTION_AGREEMENT', '2019-10-10', '2019-10-10', null,
  '{Gyeonggi Province,Gyeonggi Business & Science Accelerator,Gyeonggi Center for Creative Economy & Innovation,Advanced Institutes of Convergence Technology}',
  '{STARTUPS,INVESTMENT}',
  'Signed at Novotel Ambassador Suwon by 7 institutions, after the January 2019 start-up cooperation agreement and the July visit to Hangzhou (day of signing assumed).',
  '2019-10-10T00:00:00Z', '2019-10-10T00:00:00Z', 0),
 ('d1000000-0000-4000-8000-000000000004', 'Gyeonggi-Utah Action Plan', 'ACTION_PLAN', '2024-09-23', '2024-09-23', null,
  '{Gyeonggi Province,Gyeonggi Tourism Organization}', '{TOURISM,ECONOMY_TRADE}',
  'Signed during Utah Governor Spencer J. Cox''s visit; the regions have been sister regions since September 1983 (day assumed).',
  '2024-09-23T00:00:00Z', '2024-09-23T00:00:00Z', 0)
on conflict do nothing;

insert into agreement_partners (agreement_id, partner_id, position) values
 ('d1000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000001', 0),
 ('d1000000-0000-4000-8000-000000000002', 'd0000000-0000-4000-8000-000000000001', 0),
 ('d1000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000002', 0),
 ('d1000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000003', 1),
 ('d1000000-0000-4000-8000-000000000003', 'd0000000-0000-4000-8000-000000000004', 2),
 ('d1000000-0000-4000-8000-000000000004', 'd0000000-0000-4000-8000-000000000005', 0)
on conflict do nothing;

-- Commitments: the initiatives the articles name; owners, due dates and statuses are DEMO values.
insert into commitments (id, agreement_id, description, area, owner, due_on, status, created_at, updated_at, version) values
 ('d2000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000002', 'Launch a youth exchange programme: mutual student visits and training for invited government officials', 'YOUTH_EXCHANGE', 'International Cooperation Bureau', '2025-12-31', 'IN_PROGRESS', '2025-03-27T00:00:00Z', '2025-06-01T00:00:00Z', 0),
 ('d2000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000002', 'Strengthen joint research in agricultural technology', 'AGRICULTURE', 'Gyeonggi Agricultural Research & Extension Services', '2026-12-31', 'PLANNED', '2025-03-27T00:00:00Z', '2025-03-27T00:00:00Z', 0),
 ('d2000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-000000000002', 'Resume training programmes for Jiangsu medical professionals', 'HEALTHCARE', 'Health Bureau', '2025-10-31', 'PLANNED', '2025-03-27T00:00:00Z', '2025-03-27T00:00:00Z', 0),
 ('d2000000-0000-4000-8000-000000000004', 'd1000000-0000-4000-8000-000000000002', 'Invite Jiangsu to the International Clean Air Forum in Gyeonggi in September', 'CLIMATE_ENVIRONMENT', 'Climate and Environment Bureau', '2025-09-30', 'DONE', '2025-03-27T00:00:00Z', '2025-09-25T00:00:00Z', 0),
 ('d2000000-0000-4000-8000-000000000005', 'd1000000-0000-4000-8000-000000000002', 'Business exchange support programme for Gyeonggi and Jiangsu companies through the GBC in Shanghai', 'ECONOMY_TRADE', 'Gyeonggi Business & Science Accelerator', '2025-09-30', 'DONE', '2025-03-27T00:00:00Z', '2025-09-30T00:00:00Z', 0),
 ('d2000000-0000-4000-8000-000000000006', 'd1000000-0000-4000-8000-000000000002', 'Deepen local exchanges between Hwaseong City and Yancheng City', 'OTHER', 'Hwaseong City', null, 'PLANNED', '2025-03-27T00:00:00Z', '2025-03-27T00:00:00Z', 0),
 ('d2000000-0000-4000-8000-000000000007', 'd1000000-0000-4000-8000-000000000003', 'Establish cooperative overseas offices for start-ups in both cities', 'STARTUPS', 'Gyeonggi Business & Science Accelerator', '2020-06-30', 'DONE', '2019-10-10T00:00:00Z', '2020-06-15T00:00:00Z', 0),
 ('d2000000-0000-4000-8000-000000000008', 'd1000000-0000-4000-8000-000000000003', 'Hold a joint Global Start-up Contest', 'STARTUPS', 'Gyeonggi Center for Creative Economy & Innovation', '2020-12-31', 'DONE', '2019-10-10T00:00:00Z', '2020-11-20T00:00:00Z', 0),
 ('d2000000-0000-4000-8000-000000000009', 'd1000000-0000-4000-8000-000000000003', 'Create special investment funds for early-stage start-ups of both countries', 'INVESTMENT', 'Hangzhou Advanced Technology Investment Co., Ltd.', '2021-12-31', 'PLANNED', '2019-10-10T00:00:00Z', '2019-10-10T00:00:00Z', 0),
 ('d2000000-0000-4000-8000-00000000000a', 'd1000000-0000-4000-8000-000000000004', 'Familiarisation tour of Gyeonggi for Delta Air Lines'' U.S. sales team', 'TOURISM', 'Gyeonggi Tourism Organization', '2025-03-31', 'DONE', '2024-09-23T00:00:00Z', '2025-03-13T00:00:00Z', 0),
 ('d2000000-0000-4000-8000-00000000000b', 'd1000000-0000-4000-8000-000000000004', 'Promote the new Salt Lake City-Incheon direct route to Utah travellers', 'TOURISM', 'Tourism Industry Division', '2025-12-31', 'IN_PROGRESS', '2024-09-23T00:00:00Z', '2025-06-01T00:00:00Z', 0)
on conflict do nothing;

insert into meetings (id, agreement_id, held_on, kind, place, attendees, summary, created_at) values
 ('d3000000-0000-4000-8000-000000000001', 'd1000000-0000-4000-8000-000000000001', '2023-06-01', 'SIGNING', 'Gyeonggi Provincial Government, Suwon', null, 'Sisterhood signed during Party Secretary Xin Changxing''s visit.', '2023-06-01T00:00:00Z'),
 ('d3000000-0000-4000-8000-000000000002', 'd1000000-0000-4000-8000-000000000002', '2025-03-27', 'SIGNING', 'Jiangsu Foreign Affairs Office', null, 'MOU on the joint consultative body signed.', '2025-03-27T00:00:00Z'),
 ('d3000000-0000-4000-8000-000000000003', 'd1000000-0000-4000-8000-000000000002', '2025-03-27', 'JOINT_CONSULTATIVE', 'Jiangsu Foreign Affairs Office', null, 'First joint consultative meeting: youth exchange, agricultural research, healthcare training, climate, GBC Shanghai business exchange, Hwaseong-Yancheng.', '2025-03-27T00:01:00Z'),
 ('d3000000-0000-4000-8000-000000000004', 'd1000000-0000-4000-8000-000000000002', '2026-03-26', 'JOINT_CONSULTATIVE', 'Gyeonggi Provincial Government, Suwon', 14, 'Second annual meeting (DEMO: not from the articles).', '2026-03-26T00:00:00Z'),
 ('d3000000-0000-4000-8000-000000000005', 'd1000000-0000-4000-8000-000000000003', '2019-10-10', 'SIGNING', 'Novotel Ambassador Suwon', 25, 'Execution agreement signed by 7 institutions.', '2019-10-10T00:00:00Z'),
 ('d3000000-0000-4000-8000-000000000006', 'd1000000-0000-4000-8000-000000000004', '2024-09-23', 'SIGNING', 'Gyeonggi Provincial Government, Suwon', null, 'Action plan signed during Governor Spencer J. Cox''s visit.', '2024-09-23T00:00:00Z'),
 ('d3000000-0000-4000-8000-000000000007', 'd1000000-0000-4000-8000-000000000004', '2025-03-13', 'VISIT', 'Byeokkot Nongbu and Aegibong Peace Ecological Park, Gimpo', 16, 'Familiarisation tour for Delta Air Lines'' U.S. sales team, ahead of the SLC-ICN route in June.', '2025-03-13T00:00:00Z')
on conflict do nothing;

-- The GBC Shanghai business exchange (DEMO: budget, companies, consultations and contracts are illustrative), carrying
-- out the 2025 Jiangsu MOU.
insert into programmes (id, name, kind, fair_id, agency, budget, target_companies, application_opens_on, application_closes_on,
                        support_categories, activity_ends_on, agreement_id, created_at, updated_at, version) values
 ('a0000000-0000-4000-8000-000000000005', 'Gyeonggi-Jiangsu Business Exchange at GBC Shanghai 2025 (demo)', 'MATCHMAKING', null,
  'Gyeonggi Business & Science Accelerator (GBC Shanghai)', 150000000, 6, '2025-05-01', '2025-05-31',
  '{BUYER_MATCHMAKING,INTERPRETATION,LOCAL_STAY}', '2025-09-19', 'd1000000-0000-4000-8000-000000000002',
  '2025-04-15T00:00:00Z', '2025-04-15T00:00:00Z', 0)
on conflict do nothing;
insert into programme_caps (id, programme_id, cap, effective_from, reason, set_by_subject, set_by_name, set_at) values
 ('a1000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000005', 10000000, '2025-04-15', 'Set at creation',
  'demo-officer', 'Demo officer', '2025-04-15T00:00:00Z')
on conflict do nothing;
insert into participations (id, programme_id, company_id, status, created_by, created_at, updated_at, version)
select ('b5000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'a0000000-0000-4000-8000-000000000005',
       ('c1000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'ATTENDED', 'demo-officer', '2025-06-02T00:00:00Z', '2025-09-19T00:00:00Z', 0
from generate_series(1, 6) i
on conflict (id) do nothing;
insert into fx_rates (id, currency, rate_date, krw_per_unit, source, updated_at)
select md5('rate-' || r.currency || r.rate_date)::uuid, r.currency, r.rate_date::date, r.krw, 'DEMO: plausible value, not an official rate', '2025-09-20T00:00:00Z'
from (values ('USD', '2025-09-16', 1388.20), ('CNY', '2025-09-16', 195.10), ('USD', '2025-09-17', 1390.40),
             ('CNY', '2025-09-17', 195.40)) as r(currency, rate_date, krw)
on conflict do nothing;
insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount, value_currency,
                      occurred_on, status, signed_on, note, created_by, created_at, updated_at, version)
select md5('gbc-shanghai-consultation-' || i)::uuid, ('b5000000-0000-4000-8000-' || lpad((1 + (i - 1) % 6)::text, 12, '0'))::uuid,
       'a0000000-0000-4000-8000-000000000005', ('c1000000-0000-4000-8000-' || lpad((1 + (i - 1) % 6)::text, 12, '0'))::uuid,
       'CONSULTATION', 'Jiangsu demo buyer ' || i, 'CN', 150000 + i * 12500, 'CNY', date '2025-09-16' + (i % 2),
       (array['OPEN','FOLLOW_UP','CLOSED'])[1 + i % 3], null, null, 'demo-officer', '2025-09-18T00:00:00Z', '2025-09-18T00:00:00Z', 0
from generate_series(1, 12) i
on conflict do nothing;
insert into outcomes (id, participation_id, programme_id, company_id, kind, buyer_name, buyer_country, value_amount, value_currency,
                      occurred_on, status, signed_on, note, created_by, created_at, updated_at, version) values
 (md5('gbc-shanghai-contract-1')::uuid, 'b5000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000005', 'c1000000-0000-4000-8000-000000000001',
  'CONTRACT', 'Jiangsu demo buyer 1', 'CN', 120000.00, 'USD', '2025-09-17', 'PURSUING', null, null, 'demo-officer', '2025-09-18T00:00:00Z', '2025-09-18T00:00:00Z', 0),
 (md5('gbc-shanghai-contract-2')::uuid, 'b5000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000005', 'c1000000-0000-4000-8000-000000000003',
  'CONTRACT', 'Jiangsu demo buyer 3', 'CN', 85000.00, 'USD', '2025-09-16', 'PURSUING', null, null, 'demo-officer', '2025-09-18T00:00:00Z', '2025-09-18T00:00:00Z', 0),
 (md5('gbc-shanghai-contract-3')::uuid, 'b5000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000005', 'c1000000-0000-4000-8000-000000000005',
  'CONTRACT', 'Jiangsu demo buyer 5', 'CN', 60000.00, 'USD', '2025-09-17', 'SIGNED', '2025-09-17', null, 'demo-officer', '2025-09-18T00:00:00Z', '2025-09-18T00:00:00Z', 0)
on conflict do nothing;
