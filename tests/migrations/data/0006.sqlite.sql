BEGIN TRANSACTION;
CREATE TABLE addressee (
	id INTEGER NOT NULL, 
	statement_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	organization VARCHAR(300) NOT NULL, 
	address TEXT NOT NULL, 
	email VARCHAR(320) NOT NULL, 
	phone VARCHAR(100) NOT NULL, 
	social_handle VARCHAR(100) NOT NULL, 
	CONSTRAINT pk_addressee PRIMARY KEY (id), 
	CONSTRAINT fk_addressee_statement_id_statement FOREIGN KEY(statement_id) REFERENCES statement (id) ON DELETE CASCADE
);
INSERT INTO "addressee" VALUES(1,2,0,'Andrés Manuel López Obrador','Presidente Constitucional de los Estados Unidos Mexicanos','Presidencia de la República','Palacio Nacional, Edificio 10, Planta baja
Colonia Centro, Delegación Cuauhtémoc
CP 06060 Ciudad de México, México','','','@lopezobrador_');
INSERT INTO "addressee" VALUES(2,2,1,'Martha Bárcena Coqui','Embajadora','Embajada de México en los Estados Unidos','1911 Pennsylvania Avenue NW
Washington DC 20006','mexembusa@sre.example.org','+1 202 728 1600','@Martha_Barcena');
INSERT INTO "addressee" VALUES(3,4,0,'María Elena Ortega','President of the Republic','Office of the Presidency','Palacio de Gobierno, Avenida Central 1
Colonia Centro, CP 06060
Ciudad Capital','presidencia@example.org','','@presidencia_example');
INSERT INTO "addressee" VALUES(4,4,1,'Daniel Whitford','Secretary of Homeland Affairs','Department of Homeland Affairs','2707 Martin Luther King Jr Ave SE
Washington, DC 20528','secretary@example.org','+1 202 555 0142','');
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0006');
CREATE TABLE archived_row (
	id INTEGER NOT NULL, 
	archived_at DATETIME NOT NULL, 
	revision VARCHAR(32) NOT NULL, 
	table_name VARCHAR(64) NOT NULL, 
	row_id INTEGER NOT NULL, 
	reason VARCHAR(500) NOT NULL, 
	data JSON NOT NULL, 
	CONSTRAINT pk_archived_row PRIMARY KEY (id)
);
CREATE TABLE audit_event (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	actor VARCHAR(80) NOT NULL, 
	action VARCHAR(60) NOT NULL, 
	statement_id INTEGER, 
	signature_id INTEGER, 
	details JSON NOT NULL, 
	CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
INSERT INTO "audit_event" VALUES(1,'2026-12-07 21:08:02.000000','cli','coordinator.created',NULL,NULL,'{"coordinator_id": 1, "email": "maria@lawg.example.org"}');
INSERT INTO "audit_event" VALUES(2,'2026-12-07 21:08:07.000000','cli','coordinator.created',NULL,NULL,'{"coordinator_id": 2, "email": "tomas@came.example.org"}');
INSERT INTO "audit_event" VALUES(3,'2026-12-07 21:08:12.000000','cli','statement.created',1,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(4,'2026-12-07 21:08:17.000000','cli','statement.created',2,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(5,'2026-12-07 21:08:22.000000','cli','statement.created',3,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(6,'2026-12-07 21:08:27.000000','cli','coordinator.created',NULL,NULL,'{"coordinator_id": 3, "email": "coordinator@example.org"}');
INSERT INTO "audit_event" VALUES(7,'2026-12-07 21:08:27.000000','cli','statement.created',4,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(8,'2026-12-07 21:08:27.000000','cli','signature.added_verified',4,1,'{}');
INSERT INTO "audit_event" VALUES(9,'2026-12-07 21:08:27.000000','cli','signature.added_verified',4,2,'{}');
INSERT INTO "audit_event" VALUES(10,'2026-12-07 21:08:27.000000','cli','signature.added_verified',4,3,'{}');
INSERT INTO "audit_event" VALUES(11,'2026-12-07 21:08:27.000000','cli','signature.added_verified',4,4,'{}');
INSERT INTO "audit_event" VALUES(12,'2026-12-07 21:08:27.000000','cli','signature.added_verified',4,5,'{}');
INSERT INTO "audit_event" VALUES(13,'2026-12-07 21:08:27.000000','cli','signature.added_verified',4,6,'{}');
INSERT INTO "audit_event" VALUES(14,'2026-12-07 21:08:32.000000','public','signature.submitted',1,7,'{}');
INSERT INTO "audit_event" VALUES(15,'2026-12-07 21:09:16.000000','public','signature.confirmed',1,7,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(16,'2026-12-07 21:09:48.000000','public','signature.submitted',1,8,'{}');
INSERT INTO "audit_event" VALUES(17,'2026-12-07 21:10:32.000000','public','signature.confirmed',1,8,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(18,'2026-12-07 21:11:04.000000','public','signature.submitted',1,9,'{}');
INSERT INTO "audit_event" VALUES(19,'2026-12-07 21:11:48.000000','public','signature.confirmed',1,9,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(20,'2026-12-07 21:12:20.000000','public','signature.submitted',1,10,'{}');
INSERT INTO "audit_event" VALUES(21,'2026-12-07 21:13:04.000000','public','signature.confirmed',1,10,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(22,'2026-12-07 21:13:36.000000','public','signature.submitted',1,11,'{}');
INSERT INTO "audit_event" VALUES(23,'2026-12-07 21:14:20.000000','public','signature.submitted',1,12,'{}');
INSERT INTO "audit_event" VALUES(24,'2026-12-07 21:15:04.000000','public','signature.confirmed',1,12,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(25,'2026-12-07 21:15:36.000000','public','signature.submitted',1,13,'{}');
INSERT INTO "audit_event" VALUES(26,'2026-12-07 21:16:20.000000','public','signature.confirmed',1,13,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(27,'2026-12-07 21:16:52.000000','public','signature.submitted',1,14,'{}');
INSERT INTO "audit_event" VALUES(28,'2026-12-07 21:17:36.000000','public','signature.confirmed',1,14,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(29,'2026-12-07 21:18:08.000000','public','signature.submitted',1,15,'{}');
INSERT INTO "audit_event" VALUES(30,'2026-12-07 21:18:52.000000','public','signature.confirmed',1,15,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(31,'2026-12-07 21:19:24.000000','public','signature.submitted',1,16,'{}');
INSERT INTO "audit_event" VALUES(32,'2026-12-07 21:20:08.000000','public','signature.confirmed',1,16,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(33,'2026-12-07 21:20:40.000000','public','signature.submitted',1,17,'{}');
INSERT INTO "audit_event" VALUES(34,'2026-12-07 21:21:24.000000','public','signature.confirmed',1,17,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(35,'2026-12-07 21:21:56.000000','public','signature.submitted',1,18,'{}');
INSERT INTO "audit_event" VALUES(36,'2026-12-07 21:22:40.000000','public','signature.confirmed',1,18,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(37,'2026-12-07 21:23:12.000000','public','signature.submitted',1,19,'{}');
INSERT INTO "audit_event" VALUES(38,'2026-12-07 21:23:56.000000','public','signature.confirmed',1,19,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(39,'2026-12-07 21:24:28.000000','public','signature.submitted',1,20,'{}');
INSERT INTO "audit_event" VALUES(40,'2026-12-07 21:25:12.000000','public','signature.submitted',1,21,'{}');
INSERT INTO "audit_event" VALUES(41,'2026-12-07 21:25:56.000000','public','signature.confirmed',1,21,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(42,'2026-12-07 21:26:28.000000','public','signature.submitted',1,22,'{}');
INSERT INTO "audit_event" VALUES(43,'2026-12-07 21:27:12.000000','public','signature.confirmed',1,22,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(44,'2026-12-07 21:27:44.000000','public','signature.submitted',1,23,'{}');
INSERT INTO "audit_event" VALUES(45,'2026-12-07 21:28:28.000000','public','signature.confirmed',1,23,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(46,'2026-12-07 21:29:00.000000','public','signature.submitted',1,24,'{}');
INSERT INTO "audit_event" VALUES(47,'2026-12-07 21:29:44.000000','public','signature.confirmed',1,24,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(48,'2026-12-07 21:30:16.000000','public','signature.submitted',1,25,'{}');
INSERT INTO "audit_event" VALUES(49,'2026-12-07 21:31:00.000000','public','signature.confirmed',1,25,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(50,'2026-12-07 21:31:32.000000','public','signature.submitted',1,26,'{}');
INSERT INTO "audit_event" VALUES(51,'2026-12-07 21:32:16.000000','public','signature.confirmed',1,26,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(52,'2026-12-07 21:32:48.000000','public','signature.submitted',1,27,'{}');
INSERT INTO "audit_event" VALUES(53,'2026-12-07 21:33:32.000000','public','signature.confirmed',1,27,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(54,'2026-12-07 21:34:04.000000','public','signature.submitted',1,28,'{}');
INSERT INTO "audit_event" VALUES(55,'2026-12-07 21:34:48.000000','public','signature.confirmed',1,28,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(56,'2026-12-07 21:35:20.000000','public','signature.submitted',1,29,'{}');
INSERT INTO "audit_event" VALUES(57,'2026-12-07 21:36:04.000000','public','signature.submitted',1,30,'{}');
INSERT INTO "audit_event" VALUES(58,'2026-12-07 21:36:48.000000','public','signature.confirmed',1,30,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(59,'2026-12-07 21:37:20.000000','public','signature.submitted',1,31,'{}');
INSERT INTO "audit_event" VALUES(60,'2026-12-07 21:38:04.000000','public','signature.confirmed',1,31,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(61,'2026-12-07 21:38:36.000000','public','signature.submitted',1,32,'{}');
INSERT INTO "audit_event" VALUES(62,'2026-12-07 21:39:20.000000','public','signature.confirmed',1,32,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(63,'2026-12-07 21:39:52.000000','public','signature.submitted',1,33,'{}');
INSERT INTO "audit_event" VALUES(64,'2026-12-07 21:40:36.000000','public','signature.confirmed',1,33,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(65,'2026-12-07 21:41:08.000000','public','signature.submitted',1,34,'{}');
INSERT INTO "audit_event" VALUES(66,'2026-12-07 21:41:52.000000','public','signature.confirmed',1,34,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(67,'2026-12-07 21:42:24.000000','public','signature.submitted',1,35,'{}');
INSERT INTO "audit_event" VALUES(68,'2026-12-07 21:43:08.000000','public','signature.confirmed',1,35,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(69,'2026-12-07 21:43:40.000000','public','signature.submitted',1,36,'{}');
INSERT INTO "audit_event" VALUES(70,'2026-12-07 21:44:24.000000','public','signature.confirmed',1,36,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(71,'2026-12-07 21:44:56.000000','public','signature.submitted',1,37,'{}');
INSERT INTO "audit_event" VALUES(72,'2026-12-07 21:45:40.000000','public','signature.confirmed',1,37,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(73,'2026-12-07 21:46:12.000000','public','signature.submitted',1,38,'{}');
INSERT INTO "audit_event" VALUES(74,'2026-12-07 21:46:56.000000','public','signature.submitted',1,39,'{}');
INSERT INTO "audit_event" VALUES(75,'2026-12-07 21:47:40.000000','public','signature.confirmed',1,39,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(76,'2026-12-07 21:48:12.000000','public','signature.submitted',1,40,'{}');
INSERT INTO "audit_event" VALUES(77,'2026-12-07 21:48:56.000000','public','signature.confirmed',1,40,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(78,'2026-12-07 21:49:28.000000','public','signature.submitted',1,41,'{}');
INSERT INTO "audit_event" VALUES(79,'2026-12-07 21:50:12.000000','public','signature.confirmed',1,41,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(80,'2026-12-07 21:50:44.000000','public','signature.submitted',1,42,'{}');
INSERT INTO "audit_event" VALUES(81,'2026-12-07 21:51:28.000000','public','signature.confirmed',1,42,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(82,'2026-12-07 21:52:00.000000','public','signature.submitted',1,43,'{}');
INSERT INTO "audit_event" VALUES(83,'2026-12-07 21:52:44.000000','public','signature.confirmed',1,43,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(84,'2026-12-07 21:53:16.000000','public','signature.submitted',1,44,'{}');
INSERT INTO "audit_event" VALUES(85,'2026-12-07 21:54:00.000000','public','signature.confirmed',1,44,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(86,'2026-12-07 21:54:32.000000','public','signature.submitted',1,45,'{}');
INSERT INTO "audit_event" VALUES(87,'2026-12-07 21:55:16.000000','public','signature.confirmed',1,45,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(88,'2026-12-07 21:55:48.000000','public','signature.submitted',1,46,'{}');
INSERT INTO "audit_event" VALUES(89,'2026-12-07 21:56:32.000000','public','signature.confirmed',1,46,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(90,'2026-12-07 21:57:04.000000','public','signature.submitted',1,47,'{}');
INSERT INTO "audit_event" VALUES(91,'2026-12-07 21:57:48.000000','public','signature.submitted',1,48,'{}');
INSERT INTO "audit_event" VALUES(92,'2026-12-07 21:58:32.000000','public','signature.confirmed',1,48,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(93,'2026-12-07 21:59:04.000000','public','signature.submitted',1,49,'{}');
INSERT INTO "audit_event" VALUES(94,'2026-12-07 21:59:48.000000','public','signature.confirmed',1,49,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(95,'2026-12-07 22:00:20.000000','public','signature.submitted',1,50,'{}');
INSERT INTO "audit_event" VALUES(96,'2026-12-07 22:01:04.000000','public','signature.confirmed',1,50,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(97,'2026-12-07 22:01:36.000000','public','signature.submitted',1,51,'{}');
INSERT INTO "audit_event" VALUES(98,'2026-12-07 22:02:20.000000','public','signature.confirmed',1,51,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(99,'2026-12-07 22:02:52.000000','public','signature.submitted',1,52,'{}');
INSERT INTO "audit_event" VALUES(100,'2026-12-07 22:03:36.000000','public','signature.confirmed',1,52,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(101,'2026-12-07 22:04:08.000000','public','signature.submitted',1,53,'{}');
INSERT INTO "audit_event" VALUES(102,'2026-12-07 22:04:52.000000','public','signature.confirmed',1,53,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(103,'2026-12-07 22:05:24.000000','public','signature.submitted',1,54,'{}');
INSERT INTO "audit_event" VALUES(104,'2026-12-07 22:06:08.000000','public','signature.confirmed',1,54,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(105,'2026-12-07 22:06:40.000000','public','signature.submitted',1,55,'{}');
INSERT INTO "audit_event" VALUES(106,'2026-12-07 22:07:24.000000','public','signature.confirmed',1,55,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(107,'2026-12-07 22:07:56.000000','public','signature.submitted',1,56,'{}');
INSERT INTO "audit_event" VALUES(108,'2026-12-07 22:08:40.000000','public','signature.submitted',1,57,'{}');
INSERT INTO "audit_event" VALUES(109,'2026-12-07 22:09:24.000000','public','signature.confirmed',1,57,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(110,'2026-12-07 22:09:56.000000','public','signature.submitted',1,58,'{}');
INSERT INTO "audit_event" VALUES(111,'2026-12-07 22:10:40.000000','public','signature.confirmed',1,58,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(112,'2026-12-07 22:11:12.000000','public','signature.submitted',1,59,'{}');
INSERT INTO "audit_event" VALUES(113,'2026-12-07 22:11:56.000000','public','signature.confirmed',1,59,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(114,'2026-12-07 22:12:28.000000','public','signature.submitted',1,60,'{}');
INSERT INTO "audit_event" VALUES(115,'2026-12-07 22:13:12.000000','public','signature.confirmed',1,60,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(116,'2026-12-07 22:13:44.000000','public','signature.submitted',1,61,'{}');
INSERT INTO "audit_event" VALUES(117,'2026-12-07 22:14:28.000000','public','signature.confirmed',1,61,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(118,'2026-12-07 22:15:00.000000','public','signature.submitted',1,62,'{}');
INSERT INTO "audit_event" VALUES(119,'2026-12-07 22:15:44.000000','public','signature.confirmed',1,62,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(120,'2026-12-07 22:16:16.000000','public','signature.submitted',1,63,'{}');
INSERT INTO "audit_event" VALUES(121,'2026-12-07 22:17:00.000000','public','signature.confirmed',1,63,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(122,'2026-12-07 22:17:32.000000','public','signature.submitted',1,64,'{}');
INSERT INTO "audit_event" VALUES(123,'2026-12-07 22:18:16.000000','public','signature.confirmed',1,64,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(124,'2026-12-07 22:18:48.000000','public','signature.submitted',1,65,'{}');
INSERT INTO "audit_event" VALUES(125,'2026-12-07 22:19:32.000000','public','signature.submitted',1,66,'{}');
INSERT INTO "audit_event" VALUES(126,'2026-12-07 22:20:16.000000','public','signature.confirmed',1,66,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(127,'2026-12-07 22:20:48.000000','public','signature.submitted',1,67,'{}');
INSERT INTO "audit_event" VALUES(128,'2026-12-07 22:21:32.000000','public','signature.confirmed',1,67,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(129,'2026-12-07 22:22:04.000000','public','signature.submitted',1,68,'{}');
INSERT INTO "audit_event" VALUES(130,'2026-12-07 22:22:48.000000','public','signature.confirmed',1,68,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(131,'2026-12-07 22:23:20.000000','public','signature.submitted',1,69,'{}');
INSERT INTO "audit_event" VALUES(132,'2026-12-07 22:24:04.000000','public','signature.confirmed',1,69,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(133,'2026-12-07 22:24:36.000000','public','signature.submitted',1,70,'{}');
INSERT INTO "audit_event" VALUES(134,'2026-12-07 22:25:20.000000','public','signature.confirmed',1,70,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(135,'2026-12-07 22:25:52.000000','public','signature.submitted',1,71,'{}');
INSERT INTO "audit_event" VALUES(136,'2026-12-07 22:26:36.000000','public','signature.confirmed',1,71,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(137,'2026-12-07 22:27:08.000000','public','signature.submitted',1,72,'{}');
INSERT INTO "audit_event" VALUES(138,'2026-12-07 22:27:52.000000','public','signature.confirmed',1,72,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(139,'2026-12-07 22:28:24.000000','public','signature.submitted',1,73,'{}');
INSERT INTO "audit_event" VALUES(140,'2026-12-07 22:29:08.000000','public','signature.confirmed',1,73,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(141,'2026-12-07 22:29:40.000000','public','signature.submitted',1,74,'{}');
INSERT INTO "audit_event" VALUES(142,'2026-12-07 22:30:24.000000','public','signature.submitted',1,75,'{}');
INSERT INTO "audit_event" VALUES(143,'2026-12-07 22:31:08.000000','public','signature.confirmed',1,75,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(144,'2026-12-07 22:31:40.000000','public','signature.submitted',1,76,'{}');
INSERT INTO "audit_event" VALUES(145,'2026-12-07 22:32:24.000000','public','signature.confirmed',1,76,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(146,'2026-12-07 22:32:56.000000','public','signature.submitted',1,77,'{}');
INSERT INTO "audit_event" VALUES(147,'2026-12-07 22:33:40.000000','public','signature.confirmed',1,77,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(148,'2026-12-07 22:34:12.000000','public','signature.submitted',1,78,'{}');
INSERT INTO "audit_event" VALUES(149,'2026-12-07 22:34:56.000000','public','signature.confirmed',1,78,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(150,'2026-12-07 22:35:28.000000','public','signature.submitted',1,79,'{}');
INSERT INTO "audit_event" VALUES(151,'2026-12-07 22:36:12.000000','public','signature.confirmed',1,79,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(152,'2026-12-07 22:36:44.000000','public','signature.submitted',1,80,'{}');
INSERT INTO "audit_event" VALUES(153,'2026-12-07 22:37:28.000000','public','signature.confirmed',1,80,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(154,'2026-12-07 22:38:00.000000','public','signature.submitted',1,81,'{}');
INSERT INTO "audit_event" VALUES(155,'2026-12-07 22:38:44.000000','public','signature.confirmed',1,81,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(156,'2026-12-07 22:39:16.000000','public','signature.submitted',1,82,'{}');
INSERT INTO "audit_event" VALUES(157,'2026-12-07 22:40:00.000000','public','signature.confirmed',1,82,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(158,'2026-12-07 22:40:32.000000','public','signature.submitted',1,83,'{}');
INSERT INTO "audit_event" VALUES(159,'2026-12-07 22:41:16.000000','public','signature.submitted',1,84,'{}');
INSERT INTO "audit_event" VALUES(160,'2026-12-07 22:42:00.000000','public','signature.confirmed',1,84,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(161,'2026-12-07 22:42:32.000000','public','signature.submitted',1,85,'{}');
INSERT INTO "audit_event" VALUES(162,'2026-12-07 22:43:16.000000','public','signature.confirmed',1,85,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(163,'2026-12-07 22:43:48.000000','public','signature.submitted',1,86,'{}');
INSERT INTO "audit_event" VALUES(164,'2026-12-07 22:44:32.000000','public','signature.confirmed',1,86,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(165,'2026-12-07 22:45:04.000000','public','signature.submitted',2,87,'{}');
INSERT INTO "audit_event" VALUES(166,'2026-12-07 22:45:48.000000','public','signature.confirmed',2,87,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(167,'2026-12-07 22:46:20.000000','public','signature.submitted',2,88,'{}');
INSERT INTO "audit_event" VALUES(168,'2026-12-07 22:47:04.000000','public','signature.submitted',2,89,'{}');
INSERT INTO "audit_event" VALUES(169,'2026-12-07 22:47:48.000000','public','signature.confirmed',2,89,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(170,'2026-12-07 22:48:20.000000','public','signature.submitted',2,90,'{}');
INSERT INTO "audit_event" VALUES(171,'2026-12-07 22:49:04.000000','public','signature.confirmed',2,90,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(172,'2026-12-07 22:49:36.000000','public','signature.submitted',2,91,'{}');
INSERT INTO "audit_event" VALUES(173,'2026-12-07 22:50:20.000000','public','signature.confirmed',2,91,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(174,'2026-12-07 22:50:52.000000','public','signature.submitted',2,92,'{}');
INSERT INTO "audit_event" VALUES(175,'2026-12-07 22:51:36.000000','public','signature.confirmed',2,92,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(176,'2026-12-07 22:52:08.000000','public','signature.submitted',2,93,'{}');
INSERT INTO "audit_event" VALUES(177,'2026-12-07 22:52:52.000000','public','signature.confirmed',2,93,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(178,'2026-12-07 22:53:24.000000','public','signature.submitted',2,94,'{}');
INSERT INTO "audit_event" VALUES(179,'2026-12-07 22:54:08.000000','public','signature.submitted',2,95,'{}');
INSERT INTO "audit_event" VALUES(180,'2026-12-07 22:54:52.000000','public','signature.confirmed',2,95,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(181,'2026-12-07 22:55:24.000000','public','signature.submitted',2,96,'{}');
INSERT INTO "audit_event" VALUES(182,'2026-12-07 22:56:08.000000','public','signature.confirmed',2,96,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(183,'2026-12-07 22:56:40.000000','public','signature.submitted',2,97,'{}');
INSERT INTO "audit_event" VALUES(184,'2026-12-07 22:57:24.000000','public','signature.confirmed',2,97,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(185,'2026-12-07 22:57:56.000000','public','signature.submitted',2,98,'{}');
INSERT INTO "audit_event" VALUES(186,'2026-12-07 22:58:40.000000','public','signature.confirmed',2,98,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(187,'2026-12-07 22:59:12.000000','public','signature.submitted',2,99,'{}');
INSERT INTO "audit_event" VALUES(188,'2026-12-07 22:59:56.000000','public','signature.confirmed',2,99,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(189,'2026-12-07 23:00:28.000000','public','signature.submitted',2,100,'{}');
INSERT INTO "audit_event" VALUES(190,'2026-12-07 23:01:12.000000','public','signature.submitted',2,101,'{}');
INSERT INTO "audit_event" VALUES(191,'2026-12-07 23:01:56.000000','public','signature.confirmed',2,101,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(192,'2026-12-07 23:02:28.000000','public','signature.submitted',2,102,'{}');
INSERT INTO "audit_event" VALUES(193,'2026-12-07 23:03:12.000000','public','signature.confirmed',2,102,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(194,'2026-12-07 23:03:44.000000','public','signature.submitted',2,103,'{}');
INSERT INTO "audit_event" VALUES(195,'2026-12-07 23:04:28.000000','public','signature.confirmed',2,103,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(196,'2026-12-07 23:05:00.000000','public','signature.submitted',2,104,'{}');
INSERT INTO "audit_event" VALUES(197,'2026-12-07 23:05:44.000000','public','signature.confirmed',2,104,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(198,'2026-12-07 23:06:16.000000','public','signature.submitted',2,105,'{}');
INSERT INTO "audit_event" VALUES(199,'2026-12-07 23:07:00.000000','public','signature.confirmed',2,105,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(200,'2026-12-07 23:07:32.000000','public','signature.submitted',2,106,'{}');
INSERT INTO "audit_event" VALUES(201,'2026-12-07 23:08:16.000000','public','signature.submitted',2,107,'{}');
INSERT INTO "audit_event" VALUES(202,'2026-12-07 23:09:00.000000','public','signature.confirmed',2,107,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(203,'2026-12-07 23:09:32.000000','public','signature.submitted',2,108,'{}');
INSERT INTO "audit_event" VALUES(204,'2026-12-07 23:10:16.000000','public','signature.confirmed',2,108,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(205,'2026-12-07 23:10:48.000000','public','signature.submitted',2,109,'{}');
INSERT INTO "audit_event" VALUES(206,'2026-12-07 23:11:32.000000','public','signature.confirmed',2,109,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(207,'2026-12-07 23:12:04.000000','public','signature.submitted',2,110,'{}');
INSERT INTO "audit_event" VALUES(208,'2026-12-07 23:12:48.000000','public','signature.confirmed',2,110,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(209,'2026-12-07 23:13:20.000000','public','signature.submitted',2,111,'{}');
INSERT INTO "audit_event" VALUES(210,'2026-12-07 23:14:04.000000','public','signature.confirmed',2,111,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(211,'2026-12-07 23:14:36.000000','public','signature.submitted',2,112,'{}');
INSERT INTO "audit_event" VALUES(212,'2026-12-07 23:15:20.000000','public','signature.submitted',2,113,'{}');
INSERT INTO "audit_event" VALUES(213,'2026-12-07 23:16:04.000000','public','signature.confirmed',2,113,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(214,'2026-12-07 23:16:36.000000','public','signature.submitted',2,114,'{}');
INSERT INTO "audit_event" VALUES(215,'2026-12-07 23:17:20.000000','public','signature.confirmed',2,114,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(216,'2026-12-07 23:17:52.000000','public','signature.submitted',2,115,'{}');
INSERT INTO "audit_event" VALUES(217,'2026-12-07 23:18:36.000000','public','signature.confirmed',2,115,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(218,'2026-12-07 23:19:08.000000','public','signature.submitted',2,116,'{}');
INSERT INTO "audit_event" VALUES(219,'2026-12-07 23:19:52.000000','public','signature.confirmed',2,116,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(220,'2026-12-07 23:20:24.000000','public','signature.submitted',1,117,'{}');
INSERT INTO "audit_event" VALUES(221,'2026-12-07 23:21:08.000000','public','signature.duplicate_refused',1,7,'{"typed_name": "\u041f\u0420\u0410\u0412\u041e\u0417\u0410\u0429\u0418\u0422\u041d\u042b\u0419 \u0426\u0415\u041d\u0422\u0420 \u00ab\u041c\u0415\u041c\u041e\u0420\u0418\u0410\u041b\u00bb", "source_ip": "127.0.0.1"}');
INSERT INTO "audit_event" VALUES(222,'2026-12-08 00:21:57.000000','public','signature.link_resent',1,11,'{}');
INSERT INTO "audit_event" VALUES(223,'2026-12-08 00:22:00.000000','public','signature.link_resent',1,20,'{}');
INSERT INTO "audit_event" VALUES(224,'2026-12-08 00:22:44.000000','public','signature.submitted',1,118,'{}');
INSERT INTO "audit_event" VALUES(225,'2026-12-08 00:23:28.000000','public','signature.confirmed',1,118,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(226,'2026-12-08 00:24:00.000000','public','signature.submitted',1,119,'{}');
INSERT INTO "audit_event" VALUES(227,'2026-12-08 00:24:44.000000','public','signature.submitted',1,120,'{}');
INSERT INTO "audit_event" VALUES(228,'2026-12-08 00:25:28.000000','public','signature.submitted',1,121,'{}');
INSERT INTO "audit_event" VALUES(229,'2026-12-08 00:26:12.000000','public','signature.submitted',1,122,'{}');
INSERT INTO "audit_event" VALUES(230,'2026-12-08 00:26:56.000000','public','signature.confirmed',1,122,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(231,'2026-12-08 00:27:28.000000','public','signature.submitted',1,123,'{}');
INSERT INTO "audit_event" VALUES(232,'2026-12-08 00:28:12.000000','public','signature.submitted',1,124,'{}');
INSERT INTO "audit_event" VALUES(233,'2026-12-08 00:28:56.000000','public','signature.submitted',1,125,'{}');
INSERT INTO "audit_event" VALUES(234,'2026-12-08 00:29:40.000000','public','signature.submitted',1,126,'{}');
INSERT INTO "audit_event" VALUES(235,'2026-12-08 00:30:24.000000','public','signature.confirmed',1,126,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(236,'2026-12-08 00:30:56.000000','public','signature.submitted',1,127,'{}');
INSERT INTO "audit_event" VALUES(237,'2026-12-08 00:31:40.000000','public','signature.submitted',1,128,'{}');
INSERT INTO "audit_event" VALUES(238,'2026-12-08 00:32:24.000000','public','signature.submitted',1,129,'{}');
INSERT INTO "audit_event" VALUES(239,'2026-12-08 00:33:08.000000','public','signature.submitted',1,130,'{}');
INSERT INTO "audit_event" VALUES(240,'2026-12-08 00:33:52.000000','public','signature.confirmed',1,130,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(241,'2026-12-08 00:34:24.000000','public','signature.submitted',1,131,'{}');
INSERT INTO "audit_event" VALUES(242,'2026-12-08 00:35:08.000000','public','signature.submitted',1,132,'{}');
INSERT INTO "audit_event" VALUES(243,'2026-12-08 00:35:52.000000','public','signature.submitted',2,133,'{}');
INSERT INTO "audit_event" VALUES(244,'2026-12-08 00:36:36.000000','public','signature.confirmed',2,133,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(245,'2026-12-08 00:37:08.000000','public','signature.submitted',2,134,'{}');
INSERT INTO "audit_event" VALUES(246,'2026-12-08 00:37:52.000000','public','signature.confirmed',2,134,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(247,'2026-12-08 00:38:24.000000','public','signature.submitted',2,135,'{}');
INSERT INTO "audit_event" VALUES(248,'2026-12-08 00:39:08.000000','public','signature.submitted',2,136,'{}');
INSERT INTO "audit_event" VALUES(249,'2026-12-08 00:39:52.000000','public','signature.confirmed',2,136,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(250,'2026-12-08 00:40:24.000000','public','signature.submitted',2,137,'{}');
INSERT INTO "audit_event" VALUES(251,'2026-12-08 00:41:08.000000','public','signature.confirmed',2,137,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(252,'2026-12-08 00:41:40.000000','public','signature.submitted',2,138,'{}');
INSERT INTO "audit_event" VALUES(253,'2026-12-08 00:42:24.000000','public','signature.submitted',2,139,'{}');
INSERT INTO "audit_event" VALUES(254,'2026-12-08 00:43:08.000000','public','signature.confirmed',2,139,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(255,'2026-12-08 00:43:40.000000','public','signature.submitted',2,140,'{}');
INSERT INTO "audit_event" VALUES(256,'2026-12-08 00:44:24.000000','public','signature.confirmed',2,140,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(257,'2026-12-08 00:44:56.000000','public','signature.submitted',2,141,'{}');
INSERT INTO "audit_event" VALUES(258,'2026-12-08 00:45:40.000000','public','signature.submitted',2,142,'{}');
INSERT INTO "audit_event" VALUES(259,'2026-12-08 00:46:24.000000','public','signature.confirmed',2,142,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(260,'2026-12-08 00:46:56.000000','public','signature.submitted',2,143,'{}');
INSERT INTO "audit_event" VALUES(261,'2026-12-08 00:47:40.000000','public','signature.confirmed',2,143,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(262,'2026-12-08 00:48:17.000000','public','signature.submitted',1,144,'{}');
INSERT INTO "audit_event" VALUES(263,'2026-12-08 00:49:01.000000','public','signature.submitted',1,145,'{}');
INSERT INTO "audit_event" VALUES(264,'2026-12-08 00:49:45.000000','public','signature.submitted',1,146,'{}');
INSERT INTO "audit_event" VALUES(265,'2026-12-08 00:50:29.000000','public','signature.submitted',1,147,'{}');
INSERT INTO "audit_event" VALUES(266,'2026-12-08 00:51:13.000000','public','signature.submitted',1,148,'{}');
INSERT INTO "audit_event" VALUES(267,'2026-12-08 00:51:57.000000','public','signature.submitted',2,149,'{}');
INSERT INTO "audit_event" VALUES(268,'2026-12-08 00:52:44.000000','coordinator:1','coordinator.logged_out',NULL,NULL,'{}');
INSERT INTO "audit_event" VALUES(269,'2026-12-08 00:52:44.000000','cli','signature.imported',1,150,'{"line": 2}');
INSERT INTO "audit_event" VALUES(270,'2026-12-08 00:52:44.000000','cli','signature.imported',1,151,'{"line": 3}');
INSERT INTO "audit_event" VALUES(271,'2026-12-08 00:52:44.000000','cli','signature.imported',1,152,'{"line": 4}');
INSERT INTO "audit_event" VALUES(272,'2026-12-08 00:52:44.000000','cli','signature.imported',1,153,'{"line": 5}');
INSERT INTO "audit_event" VALUES(273,'2026-12-08 00:52:44.000000','cli','signature.imported',1,154,'{"line": 6}');
INSERT INTO "audit_event" VALUES(274,'2026-12-08 00:52:44.000000','cli','signature.imported',1,155,'{"line": 7}');
INSERT INTO "audit_event" VALUES(275,'2026-12-08 00:52:44.000000','cli','signature.imported',1,156,'{"line": 8}');
INSERT INTO "audit_event" VALUES(276,'2026-12-08 00:52:44.000000','cli','signature.imported',1,157,'{"line": 9}');
INSERT INTO "audit_event" VALUES(277,'2026-12-08 00:52:44.000000','cli','signature.imported',1,158,'{"line": 10}');
INSERT INTO "audit_event" VALUES(278,'2026-12-08 00:52:44.000000','cli','signature.imported',1,159,'{"line": 11}');
INSERT INTO "audit_event" VALUES(279,'2026-12-08 00:52:44.000000','cli','signature.imported',1,160,'{"line": 12}');
INSERT INTO "audit_event" VALUES(280,'2026-12-08 00:52:44.000000','cli','signature.imported',1,161,'{"line": 13}');
INSERT INTO "audit_event" VALUES(281,'2026-12-08 00:52:44.000000','cli','signature.imported',1,162,'{"line": 14}');
INSERT INTO "audit_event" VALUES(282,'2026-12-08 00:52:44.000000','cli','signature.imported',1,163,'{"line": 15}');
INSERT INTO "audit_event" VALUES(283,'2026-12-08 00:52:44.000000','cli','signature.imported',1,164,'{"line": 16}');
INSERT INTO "audit_event" VALUES(284,'2026-12-08 00:52:44.000000','cli','signature.imported',1,165,'{"line": 17}');
INSERT INTO "audit_event" VALUES(285,'2026-12-08 00:52:44.000000','cli','signature.imported',1,166,'{"line": 18}');
INSERT INTO "audit_event" VALUES(286,'2026-12-08 00:52:44.000000','cli','signature.imported',1,167,'{"line": 19}');
INSERT INTO "audit_event" VALUES(287,'2026-12-08 00:52:44.000000','cli','signatures.imported',1,NULL,'{"count": 18}');
INSERT INTO "audit_event" VALUES(288,'2026-12-08 00:52:49.000000','public','signature.submitted',4,168,'{}');
INSERT INTO "audit_event" VALUES(289,'2026-12-08 00:53:33.000000','public','signature.confirmed',4,168,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(290,'2026-12-08 00:54:05.000000','public','signature.submitted',4,169,'{}');
INSERT INTO "audit_event" VALUES(291,'2026-12-08 00:54:49.000000','public','signature.confirmed',4,169,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(292,'2026-12-08 00:55:21.000000','public','signature.submitted',4,170,'{}');
INSERT INTO "audit_event" VALUES(293,'2026-12-08 00:56:05.000000','public','signature.confirmed',4,170,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(294,'2026-12-08 00:56:37.000000','public','signature.submitted',4,171,'{}');
INSERT INTO "audit_event" VALUES(295,'2026-12-08 00:57:21.000000','public','signature.confirmed',4,171,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(296,'2026-12-08 00:57:53.000000','public','signature.submitted',4,172,'{}');
INSERT INTO "audit_event" VALUES(297,'2026-12-08 00:58:37.000000','cli','statement.closed',4,NULL,'{"revision": 2}');
INSERT INTO "audit_event" VALUES(298,'2026-12-08 00:58:42.000000','cli','statement.published',4,NULL,'{"emails": 5}');
INSERT INTO "audit_event" VALUES(299,'2026-12-08 00:58:50.000000','coordinator:1','team.invited',1,NULL,'{"invitation_id": 1, "email": "ines@wola.example.org", "role": "editor"}');
INSERT INTO "audit_event" VALUES(300,'2026-12-08 00:58:53.000000','coordinator:1','team.invited',1,NULL,'{"invitation_id": 2, "email": "otto@other.example.org", "role": "owner"}');
INSERT INTO "audit_event" VALUES(301,'2026-12-08 00:58:56.000000','coordinator:1','statement.sign_form_updated',1,NULL,'{"revision": 2, "website": "optional", "phone": "optional", "comment": "optional", "allow_individuals": true}');
INSERT INTO "audit_event" VALUES(302,'2026-12-08 00:58:59.000000','coordinator:1','signature.pinned',1,14,'{}');
INSERT INTO "audit_event" VALUES(303,'2026-12-08 00:58:59.000000','coordinator:1','signature.pinned',1,9,'{}');
INSERT INTO "audit_event" VALUES(304,'2026-12-08 00:59:02.000000','coordinator:1','signature.hidden',1,27,'{}');
INSERT INTO "audit_event" VALUES(305,'2026-12-08 00:59:05.000000','coordinator:1','signature.rejected',1,38,'{"previous_status": "pending", "message": "No es una organizaci\u00f3n."}');
INSERT INTO "audit_event" VALUES(306,'2026-12-08 00:59:08.000000','coordinator:1','coordinator.logged_out',NULL,NULL,'{}');
INSERT INTO "audit_event" VALUES(307,'2026-12-08 00:59:08.000000','coordinator:4','coordinator.created',NULL,NULL,'{"coordinator_id": 4, "email": "ines@wola.example.org"}');
INSERT INTO "audit_event" VALUES(308,'2026-12-08 00:59:08.000000','coordinator:4','team.invitation_accepted',1,NULL,'{"invitation_id": 1, "email": "ines@wola.example.org", "role": "editor"}');
INSERT INTO "audit_event" VALUES(309,'2026-12-08 00:59:11.000000','coordinator:4','coordinator.logged_out',NULL,NULL,'{}');
INSERT INTO "audit_event" VALUES(310,'2026-12-08 00:59:14.000000','coordinator:2','statement.moderation_changed',2,NULL,'{"moderated": true}');
INSERT INTO "audit_event" VALUES(311,'2026-12-08 00:59:17.000000','coordinator:2','statement.review_link_created',3,NULL,'{}');
INSERT INTO "audit_event" VALUES(312,'2026-12-08 00:59:20.000000','coordinator:2','coordinator.logged_out',NULL,NULL,'{}');
INSERT INTO "audit_event" VALUES(313,'2026-12-08 00:59:20.000000','public','signature.submitted',2,173,'{}');
INSERT INTO "audit_event" VALUES(314,'2026-12-08 01:00:04.000000','public','signature.confirmed',2,173,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(315,'2026-12-08 01:00:36.000000','public','signature.submitted',2,174,'{}');
INSERT INTO "audit_event" VALUES(316,'2026-12-08 01:01:20.000000','public','signature.confirmed',2,174,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(317,'2026-12-08 01:01:52.000000','public','signature.submitted',2,175,'{}');
INSERT INTO "audit_event" VALUES(318,'2026-12-08 01:02:36.000000','public','signature.confirmed',2,175,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(319,'2026-12-08 01:03:08.000000','public','signature.submitted',2,176,'{}');
INSERT INTO "audit_event" VALUES(320,'2026-12-08 01:03:52.000000','public','signature.confirmed',2,176,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(321,'2026-12-08 01:04:24.000000','public','signature.submitted',2,177,'{}');
INSERT INTO "audit_event" VALUES(322,'2026-12-08 01:05:08.000000','public','signature.confirmed',2,177,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(323,'2026-12-08 01:05:40.000000','public','signature.submitted',2,178,'{}');
INSERT INTO "audit_event" VALUES(324,'2026-12-08 01:06:24.000000','public','signature.confirmed',2,178,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(325,'2026-12-08 01:06:56.000000','public','signature.submitted',2,179,'{}');
INSERT INTO "audit_event" VALUES(326,'2026-12-08 01:07:40.000000','public','signature.confirmed',2,179,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(327,'2026-12-08 01:08:12.000000','public','signature.submitted',2,180,'{}');
INSERT INTO "audit_event" VALUES(328,'2026-12-08 01:08:56.000000','public','signature.confirmed',2,180,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(329,'2026-12-08 01:09:28.000000','public','signature.submitted',2,181,'{}');
INSERT INTO "audit_event" VALUES(330,'2026-12-08 01:10:12.000000','public','signature.confirmed',2,181,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(331,'2026-12-08 01:10:44.000000','public','signature.submitted',2,182,'{}');
INSERT INTO "audit_event" VALUES(332,'2026-12-08 01:11:28.000000','public','signature.confirmed',2,182,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(333,'2026-12-08 01:12:03.000000','coordinator:2','signature.approved',2,173,'{"previous_status": "pending"}');
INSERT INTO "audit_event" VALUES(334,'2026-12-08 01:12:03.000000','coordinator:2','signature.approved',2,174,'{"previous_status": "pending"}');
INSERT INTO "audit_event" VALUES(335,'2026-12-08 01:12:03.000000','coordinator:2','signature.approved',2,175,'{"previous_status": "pending"}');
INSERT INTO "audit_event" VALUES(336,'2026-12-08 01:12:03.000000','coordinator:2','signature.approved',2,176,'{"previous_status": "pending"}');
INSERT INTO "audit_event" VALUES(337,'2026-12-08 01:12:03.000000','coordinator:2','signature.approved',2,177,'{"previous_status": "pending"}');
INSERT INTO "audit_event" VALUES(338,'2026-12-08 01:12:06.000000','coordinator:2','signature.rejected',2,178,'{"previous_status": "pending", "message": "Duplicada."}');
INSERT INTO "audit_event" VALUES(339,'2026-12-08 01:12:09.000000','coordinator:2','coordinator.logged_out',NULL,NULL,'{}');
INSERT INTO "audit_event" VALUES(340,'2026-12-08 01:12:09.000000','public','signature.submitted',1,183,'{}');
INSERT INTO "audit_event" VALUES(341,'2026-12-08 01:12:53.000000','public','signature.confirmed',1,183,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(342,'2026-12-08 01:13:25.000000','public','signature.submitted',1,184,'{}');
INSERT INTO "audit_event" VALUES(343,'2026-12-08 01:14:09.000000','public','signature.confirmed',1,184,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(344,'2026-12-08 01:14:41.000000','public','signature.submitted',1,185,'{}');
INSERT INTO "audit_event" VALUES(345,'2026-12-08 01:15:25.000000','public','signature.submitted',1,186,'{}');
INSERT INTO "audit_event" VALUES(346,'2026-12-08 01:16:09.000000','public','signature.confirmed',1,186,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(347,'2026-12-08 01:16:41.000000','public','signature.submitted',1,187,'{}');
INSERT INTO "audit_event" VALUES(348,'2026-12-08 01:17:25.000000','public','signature.confirmed',1,187,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(349,'2026-12-08 01:17:57.000000','public','coordinator.password_reset_requested',NULL,NULL,'{"coordinator_id": 2}');
INSERT INTO "audit_event" VALUES(350,'2026-12-08 01:18:00.000000','system','statement.closed_notice_sent',4,NULL,'{"recipients": 1, "verified": 10}');
INSERT INTO "audit_event" VALUES(351,'2026-12-08 01:18:05.000000','public','signature.manage_link_sent',1,47,'{}');
INSERT INTO "audit_event" VALUES(352,'2026-12-08 01:18:08.000000','public','signature.manage_link_sent',1,48,'{}');
INSERT INTO "audit_event" VALUES(353,'2026-12-08 01:18:11.000000','public','signature.manage_link_sent',1,49,'{}');
INSERT INTO "audit_event" VALUES(354,'2026-12-08 01:18:14.000000','public','signature.withdrawn',1,47,'{"previous_status": "awaiting_confirmation", "via": "manage"}');
INSERT INTO "audit_event" VALUES(355,'2026-12-08 01:18:17.000000','public','signature.edited',1,48,'{"changed": ["organization_name", "website", "comment"], "before": {"organization_name": "Centro for Refugee Rights", "category": "International Organizations", "city": "San Pedro Sula", "region": "Cort\u00e9s", "country": "Honduras", "website": "", "comment": ""}, "after": {"organization_name": "Centro for Refugee Rights (Sede Central)", "category": "International Organizations", "city": "San Pedro Sula", "region": "Cort\u00e9s", "country": "Honduras", "website": "https://sede.example.org", "comment": "Corregido."}, "via": "manage"}');
INSERT INTO "audit_event" VALUES(356,'2026-12-08 01:18:20.000000','public','signature.submitted',2,188,'{}');
INSERT INTO "audit_event" VALUES(357,'2026-12-08 01:19:04.000000','public','signature.withdrawn',2,188,'{"previous_status": "awaiting_confirmation", "via": "not_me"}');
INSERT INTO "audit_event" VALUES(358,'2026-12-08 01:19:07.000000','public','signature.submitted',1,189,'{}');
CREATE TABLE category (
	id INTEGER NOT NULL, 
	statement_id INTEGER NOT NULL, 
	"key" VARCHAR(80) NOT NULL, 
	label VARCHAR(100) NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_category PRIMARY KEY (id), 
	CONSTRAINT fk_category_statement_id_statement FOREIGN KEY(statement_id) REFERENCES statement (id) ON DELETE CASCADE, 
	CONSTRAINT uq_category_statement_id_key UNIQUE (statement_id, "key")
);
INSERT INTO "category" VALUES(1,1,'national-organizations','National Organizations',0);
INSERT INTO "category" VALUES(2,1,'state-and-local-organizations','State and Local Organizations',1);
INSERT INTO "category" VALUES(3,1,'international-organizations','International Organizations',2);
INSERT INTO "category" VALUES(4,2,'organizaciones-de-mexico','Organizaciones de México',0);
INSERT INTO "category" VALUES(5,2,'organizaciones-de-centroamerica','Organizaciones de Centroamérica',1);
INSERT INTO "category" VALUES(6,2,'organizaciones-internacionales','Organizaciones internacionales',2);
INSERT INTO "category" VALUES(7,3,'albergues','Albergues',0);
INSERT INTO "category" VALUES(8,3,'redes','Redes',1);
INSERT INTO "category" VALUES(9,4,'national','National',0);
INSERT INTO "category" VALUES(10,4,'state-and-local','State and Local',1);
INSERT INTO "category" VALUES(11,4,'international','International',2);
CREATE TABLE coordinator (
	id INTEGER NOT NULL, 
	email VARCHAR(320) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	password_hash VARCHAR(300) NOT NULL, 
	session_version INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_coordinator PRIMARY KEY (id), 
	CONSTRAINT uq_coordinator_email UNIQUE (email)
);
INSERT INTO "coordinator" VALUES(1,'maria@lawg.example.org','María José Núñez','pbkdf2:sha256:1000$2OJ5rn4AUzCyc2hG$fa9e40300dec9f4825586a276368da8c413014ac48cae60fb999afd3fe9d0879',3,'2026-12-07 21:08:02.000000');
INSERT INTO "coordinator" VALUES(2,'tomas@came.example.org','Tomás Ibáñez','pbkdf2:sha256:1000$x5zdwzsSutLUVweS$01c4d66b6d399d21097c0d7ba02916cb7772daa1c148d97365004f756093c0b5',3,'2026-12-07 21:08:07.000000');
INSERT INTO "coordinator" VALUES(3,'coordinator@example.org','Demo Coordinator','pbkdf2:sha256:1000$ylIa8LALG3M9ivrA$7b29deb7bde844dda52ac8bf65a1973a4faad0ada1b1764b6684e59aaae1fdb1',1,'2026-12-07 21:08:27.000000');
INSERT INTO "coordinator" VALUES(4,'ines@wola.example.org','Inés Fernández','pbkdf2:sha256:1000$GzyFUwerojDb7nFE$a5f5f35b39d17a4bf077b809f8525a24bcc9a7c95667d9209c112c4e37a992d0',2,'2026-12-08 00:59:08.000000');
CREATE TABLE invitation (
	id INTEGER NOT NULL, 
	statement_id INTEGER NOT NULL, 
	email VARCHAR(320) NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	token_hash VARCHAR(64) NOT NULL, 
	invited_by_id INTEGER, 
	created_at DATETIME NOT NULL, 
	expires_at DATETIME NOT NULL, 
	accepted_at DATETIME, 
	revoked_at DATETIME, 
	CONSTRAINT pk_invitation PRIMARY KEY (id), 
	CONSTRAINT ck_invitation_role CHECK (role IN ('owner', 'editor')), 
	CONSTRAINT fk_invitation_invited_by_id_coordinator FOREIGN KEY(invited_by_id) REFERENCES coordinator (id) ON DELETE SET NULL, 
	CONSTRAINT fk_invitation_statement_id_statement FOREIGN KEY(statement_id) REFERENCES statement (id) ON DELETE CASCADE, 
	CONSTRAINT uq_invitation_token_hash UNIQUE (token_hash)
);
INSERT INTO "invitation" VALUES(1,1,'ines@wola.example.org','editor','3ba023bab9c3283e11098ace08a4712c219a3d42def78794d3b8b91ad1ab551a',1,'2026-12-08 00:58:50.000000','2026-12-15 00:58:50.000000','2026-12-08 00:59:08.000000',NULL);
INSERT INTO "invitation" VALUES(2,1,'otto@other.example.org','owner','d44643c9ed7a045381264a9e19ebdadb0d9cec4a2b8b1a93aafd7e77b2a53e78',1,'2026-12-08 00:58:53.000000','2026-12-15 00:58:53.000000',NULL,NULL);
CREATE TABLE "membership" (
	id INTEGER NOT NULL, 
	statement_id INTEGER NOT NULL, 
	coordinator_id INTEGER NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	notify VARCHAR(10) DEFAULT 'each' NOT NULL, 
	digest_sent_at DATETIME, 
	CONSTRAINT pk_membership PRIMARY KEY (id), 
	CONSTRAINT fk_membership_statement_id_statement FOREIGN KEY(statement_id) REFERENCES statement (id) ON DELETE CASCADE, 
	CONSTRAINT uq_membership_statement_id_coordinator_id UNIQUE (statement_id, coordinator_id), 
	CONSTRAINT fk_membership_coordinator_id_coordinator FOREIGN KEY(coordinator_id) REFERENCES coordinator (id) ON DELETE CASCADE, 
	CONSTRAINT ck_membership_role CHECK (role IN ('owner', 'editor')), 
	CONSTRAINT ck_membership_notify CHECK (notify IN ('each', 'digest', 'none'))
);
INSERT INTO "membership" VALUES(1,1,1,'owner','each','2026-12-08 01:18:00.000000');
INSERT INTO "membership" VALUES(2,1,2,'owner','each','2026-12-08 01:18:00.000000');
INSERT INTO "membership" VALUES(3,2,2,'owner','each','2026-12-08 01:18:00.000000');
INSERT INTO "membership" VALUES(4,3,2,'owner','each','2026-12-08 01:18:00.000000');
INSERT INTO "membership" VALUES(5,4,3,'owner','each','2026-12-08 01:18:00.000000');
INSERT INTO "membership" VALUES(6,1,4,'editor','each','2026-12-08 01:18:00.000000');
CREATE TABLE outbox_message (
	id INTEGER NOT NULL, 
	recipient VARCHAR(320) NOT NULL, 
	subject VARCHAR(300) NOT NULL, 
	text_body TEXT NOT NULL, 
	html_body TEXT NOT NULL, 
	headers JSON NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	statement_id INTEGER, 
	created_at DATETIME NOT NULL, 
	attempts INTEGER NOT NULL, 
	next_attempt_at DATETIME NOT NULL, 
	claimed_until DATETIME, 
	last_error TEXT NOT NULL, 
	sent_at DATETIME, 
	failed_at DATETIME, 
	transport VARCHAR(20) NOT NULL, 
	CONSTRAINT pk_outbox_message PRIMARY KEY (id)
);
INSERT INTO "outbox_message" VALUES(1,'firmante000@org000.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Martínez,

You asked to add Правозащитный центр «Мемориал» to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3LCJnIjoxNzk2Njc3NzEyMDAwMDAwfQ.axcgUA.hkJbQG0Bkc-YC-D9NitJUdiTRXg

The link works until 14 Dec 2026, 21:08 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Правозащитный центр «Мемориал»
  Category: International Organizations
  Location: Москва, Россия
  Website: https://org000.example.org
  Signed by: Ana Martínez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3LCJnIjoxNzk2Njc3NzEyMDAwMDAwfQ.axcgUA.-WvTK8o1Oe0MzKdWpQ-KTmqRvX8

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Martínez,</p>
<p>You asked to add <strong>Правозащитный центр «Мемориал»</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3LCJnIjoxNzk2Njc3NzEyMDAwMDAwfQ.axcgUA.hkJbQG0Bkc-YC-D9NitJUdiTRXg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3LCJnIjoxNzk2Njc3NzEyMDAwMDAwfQ.axcgUA.hkJbQG0Bkc-YC-D9NitJUdiTRXg</p>
<p>The link works until 14 Dec 2026, 21:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Правозащитный центр «Мемориал»</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Москва, Россия</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org000.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3LCJnIjoxNzk2Njc3NzEyMDAwMDAwfQ.axcgUA.-WvTK8o1Oe0MzKdWpQ-KTmqRvX8">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768438.8366.8202160800056812797@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:08:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:08:32.000000',1,'2026-12-07 21:08:32.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(2,'firmante001@org001.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Haddad,

You asked to add مركز الخليج لحقوق الإنسان to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4LCJnIjoxNzk2Njc3Nzg4MDAwMDAwfQ.axcgnA.m_JDsPU6yX-chQRcIh7W_XblVa4

The link works until 14 Dec 2026, 21:09 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: مركز الخليج لحقوق الإنسان
  Category: State and Local Organizations
  Location: بيروت, لبنان
  Signed by: José Haddad, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4LCJnIjoxNzk2Njc3Nzg4MDAwMDAwfQ.axcgnA.48w6ytoUmkJ8YzfbbNNWJoxuY3A

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Haddad,</p>
<p>You asked to add <strong>مركز الخليج لحقوق الإنسان</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4LCJnIjoxNzk2Njc3Nzg4MDAwMDAwfQ.axcgnA.m_JDsPU6yX-chQRcIh7W_XblVa4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4LCJnIjoxNzk2Njc3Nzg4MDAwMDAwfQ.axcgnA.m_JDsPU6yX-chQRcIh7W_XblVa4</p>
<p>The link works until 14 Dec 2026, 21:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>مركز الخليج لحقوق الإنسان</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>بيروت, لبنان</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4LCJnIjoxNzk2Njc3Nzg4MDAwMDAwfQ.axcgnA.48w6ytoUmkJ8YzfbbNNWJoxuY3A">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768441.8366.17935288617075874947@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:09:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:09:48.000000',1,'2026-12-07 21:09:48.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(3,'firmante002@org002.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Dubois,

You asked to add 移民支援ネットワーク to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5LCJnIjoxNzk2Njc3ODY0MDAwMDAwfQ.axcg6A.21-q2qKRKi_EOWspam92WWu6dnM

The link works until 14 Dec 2026, 21:11 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: 移民支援ネットワーク
  Category: International Organizations
  Location: 東京, 日本
  Signed by: Łukasz Dubois, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5LCJnIjoxNzk2Njc3ODY0MDAwMDAwfQ.axcg6A.JRPbj7Pws4bkDYz6IGrGdCOrA2E

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Dubois,</p>
<p>You asked to add <strong>移民支援ネットワーク</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5LCJnIjoxNzk2Njc3ODY0MDAwMDAwfQ.axcg6A.21-q2qKRKi_EOWspam92WWu6dnM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5LCJnIjoxNzk2Njc3ODY0MDAwMDAwfQ.axcg6A.21-q2qKRKi_EOWspam92WWu6dnM</p>
<p>The link works until 14 Dec 2026, 21:11 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>移民支援ネットワーク</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>東京, 日本</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5LCJnIjoxNzk2Njc3ODY0MDAwMDAwfQ.axcg6A.JRPbj7Pws4bkDYz6IGrGdCOrA2E">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768443.8366.13205718988767495355@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:11:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:11:04.000000',1,'2026-12-07 21:11:04.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(4,'firmante003@org003.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Иванова,

You asked to add 中国劳工通讯 to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMCwiZyI6MTc5NjY3Nzk0MDAwMDAwMH0.axchNA.m4IkjSXcqOxJrWn8BuyIJ2MJpZQ

The link works until 14 Dec 2026, 21:12 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: 中国劳工通讯
  Category: National Organizations
  Location: 香港, 中国
  Website: https://org003.example.org
  Signed by: Zoë Иванова, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMCwiZyI6MTc5NjY3Nzk0MDAwMDAwMH0.axchNA.BZFRw-LaRuq-JkxxLmWwLAKZ6u4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Иванова,</p>
<p>You asked to add <strong>中国劳工通讯</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMCwiZyI6MTc5NjY3Nzk0MDAwMDAwMH0.axchNA.m4IkjSXcqOxJrWn8BuyIJ2MJpZQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMCwiZyI6MTc5NjY3Nzk0MDAwMDAwMH0.axchNA.m4IkjSXcqOxJrWn8BuyIJ2MJpZQ</p>
<p>The link works until 14 Dec 2026, 21:12 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>中国劳工通讯</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>香港, 中国</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org003.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMCwiZyI6MTc5NjY3Nzk0MDAwMDAwMH0.axchNA.BZFRw-LaRuq-JkxxLmWwLAKZ6u4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768445.8366.12024136848348413488@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:12:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:12:20.000000',1,'2026-12-07 21:12:20.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(5,'firmante004@org004.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José García,

You asked to add The Border Justice Project to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMSwiZyI6MTc5NjY3ODAxNjAwMDAwMH0.axchgA.td7roaYw_lIP9jZW3dkGvKfNtE0

The link works until 14 Dec 2026, 21:13 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: The Border Justice Project
  Category: State and Local Organizations
  Location: Washington, DC, United States
  Signed by: María José García, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMSwiZyI6MTc5NjY3ODAxNjAwMDAwMH0.axchgA.Ad1rCsLACfEf6-IEl0SNPEKOyv8

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José García,</p>
<p>You asked to add <strong>The Border Justice Project</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMSwiZyI6MTc5NjY3ODAxNjAwMDAwMH0.axchgA.td7roaYw_lIP9jZW3dkGvKfNtE0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMSwiZyI6MTc5NjY3ODAxNjAwMDAwMH0.axchgA.td7roaYw_lIP9jZW3dkGvKfNtE0</p>
<p>The link works until 14 Dec 2026, 21:13 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>The Border Justice Project</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José García, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMSwiZyI6MTc5NjY3ODAxNjAwMDAwMH0.axchgA.Ad1rCsLACfEf6-IEl0SNPEKOyv8">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768447.8366.9955705353697741070@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:13:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:13:36.000000',1,'2026-12-07 21:13:36.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(6,'firmante005@org005.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Müller,

You asked to add Ärzte für Menschenrechte to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMiwiZyI6MTc5NjY3ODA2MDAwMDAwMH0.axchrA.FtKKZtByccEe8Eywdp7GFxy-7u8

The link works until 14 Dec 2026, 21:14 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Ärzte für Menschenrechte
  Category: International Organizations
  Location: Köln, NRW, Deutschland
  Signed by: Émile Müller, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMiwiZyI6MTc5NjY3ODA2MDAwMDAwMH0.axchrA.S2dRIzCXqTnf2iRSrdVv3r7AY5I

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Müller,</p>
<p>You asked to add <strong>Ärzte für Menschenrechte</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMiwiZyI6MTc5NjY3ODA2MDAwMDAwMH0.axchrA.FtKKZtByccEe8Eywdp7GFxy-7u8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMiwiZyI6MTc5NjY3ODA2MDAwMDAwMH0.axchrA.FtKKZtByccEe8Eywdp7GFxy-7u8</p>
<p>The link works until 14 Dec 2026, 21:14 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ärzte für Menschenrechte</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Köln, NRW, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMiwiZyI6MTc5NjY3ODA2MDAwMDAwMH0.axchrA.S2dRIzCXqTnf2iRSrdVv3r7AY5I">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768448.8366.10621822432430417601@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:14:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:14:20.000000',1,'2026-12-07 21:14:20.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(7,'firmante006@org006.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Peña,

You asked to add Œuvre d''Entraide Œcuménique to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMywiZyI6MTc5NjY3ODEzNjAwMDAwMH0.axch-A.gjjCIDA6VGOuXPNYhZhl8hDK1qM

The link works until 14 Dec 2026, 21:15 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Œuvre d''Entraide Œcuménique
  Category: National Organizations
  Location: Lyon, France
  Website: https://org006.example.org
  Signed by: Nuño Peña, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMywiZyI6MTc5NjY3ODEzNjAwMDAwMH0.axch-A.ZJTlRoQQRhG2lIjOxcAeMiXBEYI

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Peña,</p>
<p>You asked to add <strong>Œuvre d&#39;Entraide Œcuménique</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMywiZyI6MTc5NjY3ODEzNjAwMDAwMH0.axch-A.gjjCIDA6VGOuXPNYhZhl8hDK1qM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMywiZyI6MTc5NjY3ODEzNjAwMDAwMH0.axch-A.gjjCIDA6VGOuXPNYhZhl8hDK1qM</p>
<p>The link works until 14 Dec 2026, 21:15 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Œuvre d&#39;Entraide Œcuménique</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Lyon, France</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org006.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMywiZyI6MTc5NjY3ODEzNjAwMDAwMH0.axch-A.ZJTlRoQQRhG2lIjOxcAeMiXBEYI">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768450.8366.6082745138217334887@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:15:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:15:36.000000',1,'2026-12-07 21:15:36.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(8,'firmante007@org007.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Núñez,

You asked to add Ñañu Colectivo Indígena to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNCwiZyI6MTc5NjY3ODIxMjAwMDAwMH0.axciRA.j2hvdV3hjcNr7Pza7-82Q8RCbwo

The link works until 14 Dec 2026, 21:16 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Ñañu Colectivo Indígena
  Category: State and Local Organizations
  Location: Oaxaca, Oaxaca, México
  Signed by: Айгуль Núñez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNCwiZyI6MTc5NjY3ODIxMjAwMDAwMH0.axciRA.toqiRsuU3QixozNwb49iaRo2_Eo

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Núñez,</p>
<p>You asked to add <strong>Ñañu Colectivo Indígena</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNCwiZyI6MTc5NjY3ODIxMjAwMDAwMH0.axciRA.j2hvdV3hjcNr7Pza7-82Q8RCbwo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNCwiZyI6MTc5NjY3ODIxMjAwMDAwMH0.axciRA.j2hvdV3hjcNr7Pza7-82Q8RCbwo</p>
<p>The link works until 14 Dec 2026, 21:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ñañu Colectivo Indígena</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Oaxaca, Oaxaca, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNCwiZyI6MTc5NjY3ODIxMjAwMDAwMH0.axciRA.toqiRsuU3QixozNwb49iaRo2_Eo">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768452.8366.818319615937640556@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:16:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:16:52.000000',1,'2026-12-07 21:16:52.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(9,'firmante008@org008.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Øster,

You asked to add Asociación Pro Búsqueda de Niñas y Niños Desaparecidos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNSwiZyI6MTc5NjY3ODI4ODAwMDAwMH0.axcikA.IGqlqtPcGUf4Toyq_-CYByalXp0

The link works until 14 Dec 2026, 21:18 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación Pro Búsqueda de Niñas y Niños Desaparecidos
  Category: International Organizations
  Location: San Salvador, El Salvador
  Signed by: Fatima Øster, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNSwiZyI6MTc5NjY3ODI4ODAwMDAwMH0.axcikA.SSOrielcDR0fjjnIkdkD4Gb_K9c

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Øster,</p>
<p>You asked to add <strong>Asociación Pro Búsqueda de Niñas y Niños Desaparecidos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNSwiZyI6MTc5NjY3ODI4ODAwMDAwMH0.axcikA.IGqlqtPcGUf4Toyq_-CYByalXp0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNSwiZyI6MTc5NjY3ODI4ODAwMDAwMH0.axcikA.IGqlqtPcGUf4Toyq_-CYByalXp0</p>
<p>The link works until 14 Dec 2026, 21:18 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Pro Búsqueda de Niñas y Niños Desaparecidos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Øster, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNSwiZyI6MTc5NjY3ODI4ODAwMDAwMH0.axcikA.SSOrielcDR0fjjnIkdkD4Gb_K9c">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768453.8366.11078529926756921668@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:18:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:18:08.000000',1,'2026-12-07 21:18:08.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(10,'firmante009@org009.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura O''Brien,

You asked to add Kino Border Initiative to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNiwiZyI6MTc5NjY3ODM2NDAwMDAwMH0.axci3A.wk8OTFkYEbMVYzml8O2wI7DxaG4

The link works until 14 Dec 2026, 21:19 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Kino Border Initiative
  Category: National Organizations
  Location: Nogales, AZ, United States
  Website: https://org009.example.org
  Signed by: Sakura O''Brien, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNiwiZyI6MTc5NjY3ODM2NDAwMDAwMH0.axci3A.Xd-HLjAAd3GdQh2xeTsBdQVpsuI

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura O&#39;Brien,</p>
<p>You asked to add <strong>Kino Border Initiative</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNiwiZyI6MTc5NjY3ODM2NDAwMDAwMH0.axci3A.wk8OTFkYEbMVYzml8O2wI7DxaG4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNiwiZyI6MTc5NjY3ODM2NDAwMDAwMH0.axci3A.wk8OTFkYEbMVYzml8O2wI7DxaG4</p>
<p>The link works until 14 Dec 2026, 21:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Kino Border Initiative</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Nogales, AZ, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org009.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNiwiZyI6MTc5NjY3ODM2NDAwMDAwMH0.axci3A.Xd-HLjAAd3GdQh2xeTsBdQVpsuI">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768455.8366.8695178779278524511@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:19:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:19:24.000000',1,'2026-12-07 21:19:24.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(11,'firmante010@org010.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée 山田,

You asked to add Hope Border Institute to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNywiZyI6MTc5NjY3ODQ0MDAwMDAwMH0.axcjKA.JRizDXpXtKSrFytzdgljSkyyxBY

The link works until 14 Dec 2026, 21:20 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Hope Border Institute
  Category: International Organizations
  Location: El Paso, TX, United States
  Signed by: Renée 山田, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNywiZyI6MTc5NjY3ODQ0MDAwMDAwMH0.axcjKA.svLXKmWnG-_ssP9m2c-3cHB2-q8

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée 山田,</p>
<p>You asked to add <strong>Hope Border Institute</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNywiZyI6MTc5NjY3ODQ0MDAwMDAwMH0.axcjKA.JRizDXpXtKSrFytzdgljSkyyxBY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNywiZyI6MTc5NjY3ODQ0MDAwMDAwMH0.axcjKA.JRizDXpXtKSrFytzdgljSkyyxBY</p>
<p>The link works until 14 Dec 2026, 21:20 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Hope Border Institute</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNywiZyI6MTc5NjY3ODQ0MDAwMDAwMH0.axcjKA.svLXKmWnG-_ssP9m2c-3cHB2-q8">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768457.8366.16323166489967205132@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:20:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:20:40.000000',1,'2026-12-07 21:20:40.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(12,'firmante011@org011.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Martínez,

You asked to add Latin America Working Group to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxOCwiZyI6MTc5NjY3ODUxNjAwMDAwMH0.axcjdA.VVP4rCPrN69UogqZhy8cricM7Ng

The link works until 14 Dec 2026, 21:21 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Latin America Working Group
  Category: International Organizations
  Location: Washington, DC, United States
  Signed by: Iñaki Martínez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxOCwiZyI6MTc5NjY3ODUxNjAwMDAwMH0.axcjdA.FS1AfxY0pFavlAYOZeF5fc1m9gM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Martínez,</p>
<p>You asked to add <strong>Latin America Working Group</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxOCwiZyI6MTc5NjY3ODUxNjAwMDAwMH0.axcjdA.VVP4rCPrN69UogqZhy8cricM7Ng" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxOCwiZyI6MTc5NjY3ODUxNjAwMDAwMH0.axcjdA.VVP4rCPrN69UogqZhy8cricM7Ng</p>
<p>The link works until 14 Dec 2026, 21:21 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Latin America Working Group</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxOCwiZyI6MTc5NjY3ODUxNjAwMDAwMH0.axcjdA.FS1AfxY0pFavlAYOZeF5fc1m9gM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768459.8366.311143845196796260@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:21:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:21:56.000000',1,'2026-12-07 21:21:56.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(13,'firmante012@org012.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Haddad,

You asked to add Washington Office on Latin America to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxOSwiZyI6MTc5NjY3ODU5MjAwMDAwMH0.axcjwA.CNY2jpwuL3BQVd83p9oaf5QLjQY

The link works until 14 Dec 2026, 21:23 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Washington Office on Latin America
  Category: National Organizations
  Location: Washington, DC, United States
  Website: https://org012.example.org
  Signed by: Ana Haddad, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxOSwiZyI6MTc5NjY3ODU5MjAwMDAwMH0.axcjwA.zvmkaRHcSWTIkfLrCJAJEqiDVOU

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Haddad,</p>
<p>You asked to add <strong>Washington Office on Latin America</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxOSwiZyI6MTc5NjY3ODU5MjAwMDAwMH0.axcjwA.CNY2jpwuL3BQVd83p9oaf5QLjQY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxOSwiZyI6MTc5NjY3ODU5MjAwMDAwMH0.axcjwA.CNY2jpwuL3BQVd83p9oaf5QLjQY</p>
<p>The link works until 14 Dec 2026, 21:23 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Washington Office on Latin America</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org012.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxOSwiZyI6MTc5NjY3ODU5MjAwMDAwMH0.axcjwA.zvmkaRHcSWTIkfLrCJAJEqiDVOU">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768461.8366.200301469328361586@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:23:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:23:12.000000',1,'2026-12-07 21:23:12.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(14,'firmante013@org013.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Dubois,

You asked to add Centro de Derechos Humanos Fray Matías de Córdova to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMCwiZyI6MTc5NjY3ODY2ODAwMDAwMH0.axckDA.dJXTZt85lPVOFgt6hzGUgVxA71Y

The link works until 14 Dec 2026, 21:24 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Derechos Humanos Fray Matías de Córdova
  Category: State and Local Organizations
  Location: Tapachula, Chiapas, México
  Signed by: José Dubois, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyMCwiZyI6MTc5NjY3ODY2ODAwMDAwMH0.axckDA.i7vgOpwFHz2BkqQGsqRXW18iwrA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Dubois,</p>
<p>You asked to add <strong>Centro de Derechos Humanos Fray Matías de Córdova</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMCwiZyI6MTc5NjY3ODY2ODAwMDAwMH0.axckDA.dJXTZt85lPVOFgt6hzGUgVxA71Y" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMCwiZyI6MTc5NjY3ODY2ODAwMDAwMH0.axckDA.dJXTZt85lPVOFgt6hzGUgVxA71Y</p>
<p>The link works until 14 Dec 2026, 21:24 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Derechos Humanos Fray Matías de Córdova</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyMCwiZyI6MTc5NjY3ODY2ODAwMDAwMH0.axckDA.i7vgOpwFHz2BkqQGsqRXW18iwrA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768463.8366.13190373994212095990@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:24:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:24:28.000000',1,'2026-12-07 21:24:28.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(15,'firmante014@org014.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Иванова,

You asked to add Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMSwiZyI6MTc5NjY3ODcxMjAwMDAwMH0.axckOA.HUNtTUOA1lfiCQoH1iJKM7v1s8g

The link works until 14 Dec 2026, 21:25 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo
  Category: International Organizations
  Location: Ciudad de México, México
  Signed by: Łukasz Иванова, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyMSwiZyI6MTc5NjY3ODcxMjAwMDAwMH0.axckOA.8g00cDrG34dNqRF4mrA80QefABQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Иванова,</p>
<p>You asked to add <strong>Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMSwiZyI6MTc5NjY3ODcxMjAwMDAwMH0.axckOA.HUNtTUOA1lfiCQoH1iJKM7v1s8g" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMSwiZyI6MTc5NjY3ODcxMjAwMDAwMH0.axckOA.HUNtTUOA1lfiCQoH1iJKM7v1s8g</p>
<p>The link works until 14 Dec 2026, 21:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de México, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyMSwiZyI6MTc5NjY3ODcxMjAwMDAwMH0.axckOA.8g00cDrG34dNqRF4mrA80QefABQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768464.8366.4335240029480362781@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:25:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:25:12.000000',1,'2026-12-07 21:25:12.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(16,'firmante015@org015.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë García,

You asked to add L''Association des Amis des Migrants to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMiwiZyI6MTc5NjY3ODc4ODAwMDAwMH0.axckhA.d7K9O_U0UifFYc5As6NATzsshWg

The link works until 14 Dec 2026, 21:26 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: L''Association des Amis des Migrants
  Category: International Organizations
  Location: Montréal, QC, Canada
  Website: https://org015.example.org
  Signed by: Zoë García, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyMiwiZyI6MTc5NjY3ODc4ODAwMDAwMH0.axckhA.O1U0Lg_FW0gO2yqjCD3Bg5xoKXs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë García,</p>
<p>You asked to add <strong>L&#39;Association des Amis des Migrants</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMiwiZyI6MTc5NjY3ODc4ODAwMDAwMH0.axckhA.d7K9O_U0UifFYc5As6NATzsshWg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMiwiZyI6MTc5NjY3ODc4ODAwMDAwMH0.axckhA.d7K9O_U0UifFYc5As6NATzsshWg</p>
<p>The link works until 14 Dec 2026, 21:26 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>L&#39;Association des Amis des Migrants</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Montréal, QC, Canada</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org015.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë García, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyMiwiZyI6MTc5NjY3ODc4ODAwMDAwMH0.axckhA.O1U0Lg_FW0gO2yqjCD3Bg5xoKXs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768466.8366.8425723015893576337@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:26:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:26:28.000000',1,'2026-12-07 21:26:28.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(17,'firmante016@org016.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Müller,

You asked to add Red por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMywiZyI6MTc5NjY3ODg2NDAwMDAwMH0.axck0A.d91ZQUR_TQ_-LGGrQpTT3O9B7iI

The link works until 14 Dec 2026, 21:27 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red por los Derechos Humanos
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Müller, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyMywiZyI6MTc5NjY3ODg2NDAwMDAwMH0.axck0A.zQlimyGrB8gsCALNsqc-v3K82_w

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Müller,</p>
<p>You asked to add <strong>Red por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMywiZyI6MTc5NjY3ODg2NDAwMDAwMH0.axck0A.d91ZQUR_TQ_-LGGrQpTT3O9B7iI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMywiZyI6MTc5NjY3ODg2NDAwMDAwMH0.axck0A.d91ZQUR_TQ_-LGGrQpTT3O9B7iI</p>
<p>The link works until 14 Dec 2026, 21:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Müller, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyMywiZyI6MTc5NjY3ODg2NDAwMDAwMH0.axck0A.zQlimyGrB8gsCALNsqc-v3K82_w">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768467.8366.4181164029856284198@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:27:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:27:44.000000',1,'2026-12-07 21:27:44.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(18,'firmante017@org017.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Peña,

You asked to add Centro for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNCwiZyI6MTc5NjY3ODk0MDAwMDAwMH0.axclHA.7Jw9mSCfPslCgk4uSBb3GXJJlOU

The link works until 14 Dec 2026, 21:29 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Migrant Justice
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Peña, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyNCwiZyI6MTc5NjY3ODk0MDAwMDAwMH0.axclHA.BoSp_BVNQA7d6bFQcdkAi4ofvBU

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Peña,</p>
<p>You asked to add <strong>Centro for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyNCwiZyI6MTc5NjY3ODk0MDAwMDAwMH0.axclHA.7Jw9mSCfPslCgk4uSBb3GXJJlOU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNCwiZyI6MTc5NjY3ODk0MDAwMDAwMH0.axclHA.7Jw9mSCfPslCgk4uSBb3GXJJlOU</p>
<p>The link works until 14 Dec 2026, 21:29 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyNCwiZyI6MTc5NjY3ODk0MDAwMDAwMH0.axclHA.BoSp_BVNQA7d6bFQcdkAi4ofvBU">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768469.8366.12466741287635764624@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:29:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:29:00.000000',1,'2026-12-07 21:29:00.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(19,'firmante018@org018.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Núñez,

You asked to add Coalición de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNSwiZyI6MTc5NjY3OTAxNjAwMDAwMH0.axclaA.nFnp7ZWdeYZVoYmoareJ_3kMJY4

The link works until 14 Dec 2026, 21:30 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición de Apoyo al Migrante
  Category: National Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org018.example.org
  Signed by: Nuño Núñez, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyNSwiZyI6MTc5NjY3OTAxNjAwMDAwMH0.axclaA.Hza-xGzFc_b0cE-PJNECOhLTlD4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Núñez,</p>
<p>You asked to add <strong>Coalición de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyNSwiZyI6MTc5NjY3OTAxNjAwMDAwMH0.axclaA.nFnp7ZWdeYZVoYmoareJ_3kMJY4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNSwiZyI6MTc5NjY3OTAxNjAwMDAwMH0.axclaA.nFnp7ZWdeYZVoYmoareJ_3kMJY4</p>
<p>The link works until 14 Dec 2026, 21:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org018.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyNSwiZyI6MTc5NjY3OTAxNjAwMDAwMH0.axclaA.Hza-xGzFc_b0cE-PJNECOhLTlD4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768471.8366.9030240150450360335@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:30:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:30:16.000000',1,'2026-12-07 21:30:16.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(20,'firmante019@org019.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Øster,

You asked to add Alliance for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNiwiZyI6MTc5NjY3OTA5MjAwMDAwMH0.axcltA.VFmqeynQai-LVZUz77VoTQW_dio

The link works until 14 Dec 2026, 21:31 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Refugee Rights
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Øster, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyNiwiZyI6MTc5NjY3OTA5MjAwMDAwMH0.axcltA.8WWwKK5FJZHxFHnzTQI01OVvakc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Øster,</p>
<p>You asked to add <strong>Alliance for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyNiwiZyI6MTc5NjY3OTA5MjAwMDAwMH0.axcltA.VFmqeynQai-LVZUz77VoTQW_dio" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNiwiZyI6MTc5NjY3OTA5MjAwMDAwMH0.axcltA.VFmqeynQai-LVZUz77VoTQW_dio</p>
<p>The link works until 14 Dec 2026, 21:31 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyNiwiZyI6MTc5NjY3OTA5MjAwMDAwMH0.axcltA.8WWwKK5FJZHxFHnzTQI01OVvakc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768473.8366.8231019403958231028@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:31:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:31:32.000000',1,'2026-12-07 21:31:32.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(21,'firmante020@org020.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima O''Brien,

You asked to add Network Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNywiZyI6MTc5NjY3OTE2ODAwMDAwMH0.axcmAA.6XaNTo0hVaVqRtIlhX_mRbQ3y1I

The link works until 14 Dec 2026, 21:32 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network Frontera Digna
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima O''Brien, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyNywiZyI6MTc5NjY3OTE2ODAwMDAwMH0.axcmAA.26lsNVI6Ih4wkeaHne1vestZ8cA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima O&#39;Brien,</p>
<p>You asked to add <strong>Network Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyNywiZyI6MTc5NjY3OTE2ODAwMDAwMH0.axcmAA.6XaNTo0hVaVqRtIlhX_mRbQ3y1I" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNywiZyI6MTc5NjY3OTE2ODAwMDAwMH0.axcmAA.6XaNTo0hVaVqRtIlhX_mRbQ3y1I</p>
<p>The link works until 14 Dec 2026, 21:32 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyNywiZyI6MTc5NjY3OTE2ODAwMDAwMH0.axcmAA.26lsNVI6Ih4wkeaHne1vestZ8cA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768475.8366.13332315719928973078@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:32:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:32:48.000000',1,'2026-12-07 21:32:48.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(22,'firmante021@org021.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura 山田,

You asked to add Fundación for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyOCwiZyI6MTc5NjY3OTI0NDAwMDAwMH0.axcmTA.7IK4oql-oCBasS0wi4gg44VZsKs

The link works until 14 Dec 2026, 21:34 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación for Border Solidarity
  Category: National Organizations
  Location: Madrid, España
  Website: https://org021.example.org
  Signed by: Sakura 山田, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyOCwiZyI6MTc5NjY3OTI0NDAwMDAwMH0.axcmTA.wwpRwTi2wq_Y5gpFZx-k-anciUg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura 山田,</p>
<p>You asked to add <strong>Fundación for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyOCwiZyI6MTc5NjY3OTI0NDAwMDAwMH0.axcmTA.7IK4oql-oCBasS0wi4gg44VZsKs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyOCwiZyI6MTc5NjY3OTI0NDAwMDAwMH0.axcmTA.7IK4oql-oCBasS0wi4gg44VZsKs</p>
<p>The link works until 14 Dec 2026, 21:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org021.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura 山田, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyOCwiZyI6MTc5NjY3OTI0NDAwMDAwMH0.axcmTA.wwpRwTi2wq_Y5gpFZx-k-anciUg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768476.8366.8849949303191335264@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:34:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:34:04.000000',1,'2026-12-07 21:34:04.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(23,'firmante022@org022.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Martínez,

You asked to add Comité Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyOSwiZyI6MTc5NjY3OTMyMDAwMDAwMH0.axcmmA.M20CgvELGS__3AQK3kAKtn3LeOg

The link works until 14 Dec 2026, 21:35 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité Jesuita con Migrantes
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Martínez, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyOSwiZyI6MTc5NjY3OTMyMDAwMDAwMH0.axcmmA.iXRUw4AZDpK2MG-ivnJNcbAM-0E

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Martínez,</p>
<p>You asked to add <strong>Comité Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyOSwiZyI6MTc5NjY3OTMyMDAwMDAwMH0.axcmmA.M20CgvELGS__3AQK3kAKtn3LeOg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyOSwiZyI6MTc5NjY3OTMyMDAwMDAwMH0.axcmmA.M20CgvELGS__3AQK3kAKtn3LeOg</p>
<p>The link works until 14 Dec 2026, 21:35 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Martínez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyOSwiZyI6MTc5NjY3OTMyMDAwMDAwMH0.axcmmA.iXRUw4AZDpK2MG-ivnJNcbAM-0E">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768478.8366.16647480486800747877@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:35:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:35:20.000000',1,'2026-12-07 21:35:20.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(24,'firmante023@org023.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Haddad,

You asked to add Institute de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMCwiZyI6MTc5NjY3OTM2NDAwMDAwMH0.axcmxA.5fg_F1qJCYertXrwtH3gOTRBYog

The link works until 14 Dec 2026, 21:36 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute de Mujeres Migrantes
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Haddad, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozMCwiZyI6MTc5NjY3OTM2NDAwMDAwMH0.axcmxA.Y1G38j8dhi6SLbHDlBImvICIW7U

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Haddad,</p>
<p>You asked to add <strong>Institute de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozMCwiZyI6MTc5NjY3OTM2NDAwMDAwMH0.axcmxA.5fg_F1qJCYertXrwtH3gOTRBYog" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMCwiZyI6MTc5NjY3OTM2NDAwMDAwMH0.axcmxA.5fg_F1qJCYertXrwtH3gOTRBYog</p>
<p>The link works until 14 Dec 2026, 21:36 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Haddad, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozMCwiZyI6MTc5NjY3OTM2NDAwMDAwMH0.axcmxA.Y1G38j8dhi6SLbHDlBImvICIW7U">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768479.8366.6819666094080743885@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:36:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:36:04.000000',1,'2026-12-07 21:36:04.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(25,'firmante024@org024.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Dubois,

You asked to add Colectivo for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMSwiZyI6MTc5NjY3OTQ0MDAwMDAwMH0.axcnEA.aO8AljVF8s-4kebiUHNNI01q3eo

The link works until 14 Dec 2026, 21:37 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo for Asylum Seekers
  Category: National Organizations
  Location: San Salvador, El Salvador
  Website: https://org024.example.org
  Signed by: Ana Dubois, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozMSwiZyI6MTc5NjY3OTQ0MDAwMDAwMH0.axcnEA.l7kxGF7FodWof_FJK2Mu3xbBW30

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Dubois,</p>
<p>You asked to add <strong>Colectivo for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozMSwiZyI6MTc5NjY3OTQ0MDAwMDAwMH0.axcnEA.aO8AljVF8s-4kebiUHNNI01q3eo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMSwiZyI6MTc5NjY3OTQ0MDAwMDAwMH0.axcnEA.aO8AljVF8s-4kebiUHNNI01q3eo</p>
<p>The link works until 14 Dec 2026, 21:37 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org024.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Dubois, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozMSwiZyI6MTc5NjY3OTQ0MDAwMDAwMH0.axcnEA.l7kxGF7FodWof_FJK2Mu3xbBW30">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768481.8366.13773807993886903@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:37:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:37:20.000000',1,'2026-12-07 21:37:20.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(26,'firmante025@org025.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Иванова,

You asked to add Asociación Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMiwiZyI6MTc5NjY3OTUxNjAwMDAwMH0.axcnXA.cXDlXFQ3lthyUZd2IuiSOO3flV4

The link works until 14 Dec 2026, 21:38 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación Niñez sin Fronteras
  Category: International Organizations
  Location: El Paso, TX, United States
  Signed by: José Иванова, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozMiwiZyI6MTc5NjY3OTUxNjAwMDAwMH0.axcnXA.N32mby5JsdpIjZyGwSXLln4BiaQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Иванова,</p>
<p>You asked to add <strong>Asociación Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozMiwiZyI6MTc5NjY3OTUxNjAwMDAwMH0.axcnXA.cXDlXFQ3lthyUZd2IuiSOO3flV4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMiwiZyI6MTc5NjY3OTUxNjAwMDAwMH0.axcnXA.cXDlXFQ3lthyUZd2IuiSOO3flV4</p>
<p>The link works until 14 Dec 2026, 21:38 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Иванова, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozMiwiZyI6MTc5NjY3OTUxNjAwMDAwMH0.axcnXA.N32mby5JsdpIjZyGwSXLln4BiaQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768483.8366.255202141618431236@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:38:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:38:36.000000',1,'2026-12-07 21:38:36.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(27,'firmante026@org026.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz García,

You asked to add Council for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMywiZyI6MTc5NjY3OTU5MjAwMDAwMH0.axcnqA.nA2JP15cgpxAlPcBTtMG07AfKfc

The link works until 14 Dec 2026, 21:39 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Humane Borders
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz García, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozMywiZyI6MTc5NjY3OTU5MjAwMDAwMH0.axcnqA.msB9Nw6ijyMKLUtN6DX6p7HuJ_A

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz García,</p>
<p>You asked to add <strong>Council for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozMywiZyI6MTc5NjY3OTU5MjAwMDAwMH0.axcnqA.nA2JP15cgpxAlPcBTtMG07AfKfc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMywiZyI6MTc5NjY3OTU5MjAwMDAwMH0.axcnqA.nA2JP15cgpxAlPcBTtMG07AfKfc</p>
<p>The link works until 14 Dec 2026, 21:39 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz García, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozMywiZyI6MTc5NjY3OTU5MjAwMDAwMH0.axcnqA.msB9Nw6ijyMKLUtN6DX6p7HuJ_A">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768485.8366.2976836026478638916@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:39:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:39:52.000000',1,'2026-12-07 21:39:52.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(28,'firmante027@org027.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Müller,

You asked to add Observatorio de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNCwiZyI6MTc5NjY3OTY2ODAwMDAwMH0.axcn9A.rOXvmwiqzRRgJNdXVHoKBS8JvCU

The link works until 14 Dec 2026, 21:41 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio de Defensoras Comunitarias
  Category: National Organizations
  Location: San Diego, CA, United States
  Website: https://org027.example.org
  Signed by: Zoë Müller, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozNCwiZyI6MTc5NjY3OTY2ODAwMDAwMH0.axcn9A.rFbH3K87tv5_PPPY-dMXnpq153M

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Müller,</p>
<p>You asked to add <strong>Observatorio de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozNCwiZyI6MTc5NjY3OTY2ODAwMDAwMH0.axcn9A.rOXvmwiqzRRgJNdXVHoKBS8JvCU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNCwiZyI6MTc5NjY3OTY2ODAwMDAwMH0.axcn9A.rOXvmwiqzRRgJNdXVHoKBS8JvCU</p>
<p>The link works until 14 Dec 2026, 21:41 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org027.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Müller, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozNCwiZyI6MTc5NjY3OTY2ODAwMDAwMH0.axcn9A.rFbH3K87tv5_PPPY-dMXnpq153M">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768487.8366.1833467643906216721@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:41:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:41:08.000000',1,'2026-12-07 21:41:08.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(29,'firmante028@org028.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Peña,

You asked to add Red for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNSwiZyI6MTc5NjY3OTc0NDAwMDAwMH0.axcoQA.LuLPpj-UoBb1k83JKmwli97Gjcw

The link works until 14 Dec 2026, 21:42 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Migrant Justice
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Peña, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozNSwiZyI6MTc5NjY3OTc0NDAwMDAwMH0.axcoQA.HZepMEunLKroHlIeWMOKfbcvLSc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Peña,</p>
<p>You asked to add <strong>Red for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozNSwiZyI6MTc5NjY3OTc0NDAwMDAwMH0.axcoQA.LuLPpj-UoBb1k83JKmwli97Gjcw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNSwiZyI6MTc5NjY3OTc0NDAwMDAwMH0.axcoQA.LuLPpj-UoBb1k83JKmwli97Gjcw</p>
<p>The link works until 14 Dec 2026, 21:42 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Peña, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozNSwiZyI6MTc5NjY3OTc0NDAwMDAwMH0.axcoQA.HZepMEunLKroHlIeWMOKfbcvLSc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768488.8366.9809021066294242081@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:42:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:42:24.000000',1,'2026-12-07 21:42:24.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(30,'firmante029@org029.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Núñez,

You asked to add Centro de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNiwiZyI6MTc5NjY3OTgyMDAwMDAwMH0.axcojA.FFLIbvo_quFPKz_snCLXoHZa1yE

The link works until 14 Dec 2026, 21:43 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Apoyo al Migrante
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Núñez, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozNiwiZyI6MTc5NjY3OTgyMDAwMDAwMH0.axcojA.Ai_rvPyn980RZEoUlkQF2e5yJbs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Núñez,</p>
<p>You asked to add <strong>Centro de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozNiwiZyI6MTc5NjY3OTgyMDAwMDAwMH0.axcojA.FFLIbvo_quFPKz_snCLXoHZa1yE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNiwiZyI6MTc5NjY3OTgyMDAwMDAwMH0.axcojA.FFLIbvo_quFPKz_snCLXoHZa1yE</p>
<p>The link works until 14 Dec 2026, 21:43 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Núñez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozNiwiZyI6MTc5NjY3OTgyMDAwMDAwMH0.axcojA.Ai_rvPyn980RZEoUlkQF2e5yJbs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768490.8366.1181781210562010782@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:43:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:43:40.000000',1,'2026-12-07 21:43:40.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(31,'firmante030@org030.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Øster,

You asked to add Coalición for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNywiZyI6MTc5NjY3OTg5NjAwMDAwMH0.axco2A.w6N4n91ypjGSEGjObJgV23XDuPA

The link works until 14 Dec 2026, 21:44 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición for Refugee Rights
  Category: International Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org030.example.org
  Signed by: Nuño Øster, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozNywiZyI6MTc5NjY3OTg5NjAwMDAwMH0.axco2A.nd7cLodMRL1xeJbatvySsFQRDck

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Øster,</p>
<p>You asked to add <strong>Coalición for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozNywiZyI6MTc5NjY3OTg5NjAwMDAwMH0.axco2A.w6N4n91ypjGSEGjObJgV23XDuPA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNywiZyI6MTc5NjY3OTg5NjAwMDAwMH0.axco2A.w6N4n91ypjGSEGjObJgV23XDuPA</p>
<p>The link works until 14 Dec 2026, 21:44 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org030.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Øster, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozNywiZyI6MTc5NjY3OTg5NjAwMDAwMH0.axco2A.nd7cLodMRL1xeJbatvySsFQRDck">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768492.8366.1449491693891598713@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:44:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:44:56.000000',1,'2026-12-07 21:44:56.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(32,'firmante031@org031.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль O''Brien,

You asked to add Alliance Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozOCwiZyI6MTc5NjY3OTk3MjAwMDAwMH0.axcpJA.wVN0cWT_QDPnz219Sa9XwSNeBuY

The link works until 14 Dec 2026, 21:46 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance Frontera Digna
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль O''Brien, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozOCwiZyI6MTc5NjY3OTk3MjAwMDAwMH0.axcpJA.ZI9uiVESLwAyuxNaph7V5v6waD4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль O&#39;Brien,</p>
<p>You asked to add <strong>Alliance Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozOCwiZyI6MTc5NjY3OTk3MjAwMDAwMH0.axcpJA.wVN0cWT_QDPnz219Sa9XwSNeBuY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozOCwiZyI6MTc5NjY3OTk3MjAwMDAwMH0.axcpJA.wVN0cWT_QDPnz219Sa9XwSNeBuY</p>
<p>The link works until 14 Dec 2026, 21:46 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль O&#39;Brien, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozOCwiZyI6MTc5NjY3OTk3MjAwMDAwMH0.axcpJA.ZI9uiVESLwAyuxNaph7V5v6waD4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768493.8366.10785718959023996104@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:46:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:46:12.000000',1,'2026-12-07 21:46:12.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(33,'firmante032@org032.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima 山田,

You asked to add Network for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozOSwiZyI6MTc5NjY4MDAxNjAwMDAwMH0.axcpUA.0LC9xLyfii4EEy_w74hDtv39pbM

The link works until 14 Dec 2026, 21:46 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network for Border Solidarity
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima 山田, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozOSwiZyI6MTc5NjY4MDAxNjAwMDAwMH0.axcpUA.Ps4BAWEv0YJh8NFRcYFC9rci7gU

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima 山田,</p>
<p>You asked to add <strong>Network for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozOSwiZyI6MTc5NjY4MDAxNjAwMDAwMH0.axcpUA.0LC9xLyfii4EEy_w74hDtv39pbM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozOSwiZyI6MTc5NjY4MDAxNjAwMDAwMH0.axcpUA.0LC9xLyfii4EEy_w74hDtv39pbM</p>
<p>The link works until 14 Dec 2026, 21:46 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima 山田, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozOSwiZyI6MTc5NjY4MDAxNjAwMDAwMH0.axcpUA.Ps4BAWEv0YJh8NFRcYFC9rci7gU">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768494.8366.2443327266008489513@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:46:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:46:56.000000',1,'2026-12-07 21:46:56.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(34,'firmante033@org033.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Martínez,

You asked to add Fundación Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0MCwiZyI6MTc5NjY4MDA5MjAwMDAwMH0.axcpnA.nmswMQoiA0VGjznr8nkj7ZwvVu0

The link works until 14 Dec 2026, 21:48 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación Jesuita con Migrantes
  Category: National Organizations
  Location: Madrid, España
  Website: https://org033.example.org
  Signed by: Sakura Martínez, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0MCwiZyI6MTc5NjY4MDA5MjAwMDAwMH0.axcpnA.EVd6eLOTxnDj1F_Iq8Y0SMHpxiE

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Martínez,</p>
<p>You asked to add <strong>Fundación Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0MCwiZyI6MTc5NjY4MDA5MjAwMDAwMH0.axcpnA.nmswMQoiA0VGjznr8nkj7ZwvVu0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0MCwiZyI6MTc5NjY4MDA5MjAwMDAwMH0.axcpnA.nmswMQoiA0VGjznr8nkj7ZwvVu0</p>
<p>The link works until 14 Dec 2026, 21:48 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org033.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Martínez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0MCwiZyI6MTc5NjY4MDA5MjAwMDAwMH0.axcpnA.EVd6eLOTxnDj1F_Iq8Y0SMHpxiE">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768496.8366.6987994253158658229@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:48:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:48:12.000000',1,'2026-12-07 21:48:12.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(35,'firmante034@org034.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Haddad,

You asked to add Comité de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0MSwiZyI6MTc5NjY4MDE2ODAwMDAwMH0.axcp6A.dKIwzL-cRcRYznMbgODJuKLInSk

The link works until 14 Dec 2026, 21:49 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité de Mujeres Migrantes
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Haddad, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0MSwiZyI6MTc5NjY4MDE2ODAwMDAwMH0.axcp6A.V3-vntnmOfgrTNJqLmQw-KmkT9s

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Haddad,</p>
<p>You asked to add <strong>Comité de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0MSwiZyI6MTc5NjY4MDE2ODAwMDAwMH0.axcp6A.dKIwzL-cRcRYznMbgODJuKLInSk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0MSwiZyI6MTc5NjY4MDE2ODAwMDAwMH0.axcp6A.dKIwzL-cRcRYznMbgODJuKLInSk</p>
<p>The link works until 14 Dec 2026, 21:49 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Haddad, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0MSwiZyI6MTc5NjY4MDE2ODAwMDAwMH0.axcp6A.V3-vntnmOfgrTNJqLmQw-KmkT9s">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768498.8366.2494446617175123891@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:49:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:49:28.000000',1,'2026-12-07 21:49:28.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(36,'firmante035@org035.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Dubois,

You asked to add Institute for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0MiwiZyI6MTc5NjY4MDI0NDAwMDAwMH0.axcqNA.b03quZGwjswDUKBylwMmQbf66_o

The link works until 14 Dec 2026, 21:50 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute for Asylum Seekers
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Dubois, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0MiwiZyI6MTc5NjY4MDI0NDAwMDAwMH0.axcqNA.789KdkZH08A9DUbntLlgHGEPCVo

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Dubois,</p>
<p>You asked to add <strong>Institute for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0MiwiZyI6MTc5NjY4MDI0NDAwMDAwMH0.axcqNA.b03quZGwjswDUKBylwMmQbf66_o" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0MiwiZyI6MTc5NjY4MDI0NDAwMDAwMH0.axcqNA.b03quZGwjswDUKBylwMmQbf66_o</p>
<p>The link works until 14 Dec 2026, 21:50 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Dubois, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0MiwiZyI6MTc5NjY4MDI0NDAwMDAwMH0.axcqNA.789KdkZH08A9DUbntLlgHGEPCVo">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768501.8366.14177910183889945890@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:50:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:50:44.000000',1,'2026-12-07 21:50:44.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(37,'firmante036@org036.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Иванова,

You asked to add Colectivo Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0MywiZyI6MTc5NjY4MDMyMDAwMDAwMH0.axcqgA.1Czs0F6FxBz46SPGXdS6zx5Orng

The link works until 14 Dec 2026, 21:52 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo Niñez sin Fronteras
  Category: National Organizations
  Location: San Salvador, El Salvador
  Website: https://org036.example.org
  Signed by: Ana Иванова, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0MywiZyI6MTc5NjY4MDMyMDAwMDAwMH0.axcqgA.M1EK6koxNH1jP9mEvN2Yhp0tK8g

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Иванова,</p>
<p>You asked to add <strong>Colectivo Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0MywiZyI6MTc5NjY4MDMyMDAwMDAwMH0.axcqgA.1Czs0F6FxBz46SPGXdS6zx5Orng" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0MywiZyI6MTc5NjY4MDMyMDAwMDAwMH0.axcqgA.1Czs0F6FxBz46SPGXdS6zx5Orng</p>
<p>The link works until 14 Dec 2026, 21:52 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org036.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Иванова, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0MywiZyI6MTc5NjY4MDMyMDAwMDAwMH0.axcqgA.M1EK6koxNH1jP9mEvN2Yhp0tK8g">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768503.8366.5798863647195514630@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:52:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:52:00.000000',1,'2026-12-07 21:52:00.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(38,'firmante037@org037.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José García,

You asked to add Asociación for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0NCwiZyI6MTc5NjY4MDM5NjAwMDAwMH0.axcqzA.gCHNVPLTVpl9mfiTGnLQdusPTBw

The link works until 14 Dec 2026, 21:53 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Humane Borders
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José García, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0NCwiZyI6MTc5NjY4MDM5NjAwMDAwMH0.axcqzA.3SQ5BErCO4SB26PB5v_8of5-X-Y

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José García,</p>
<p>You asked to add <strong>Asociación for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0NCwiZyI6MTc5NjY4MDM5NjAwMDAwMH0.axcqzA.gCHNVPLTVpl9mfiTGnLQdusPTBw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0NCwiZyI6MTc5NjY4MDM5NjAwMDAwMH0.axcqzA.gCHNVPLTVpl9mfiTGnLQdusPTBw</p>
<p>The link works until 14 Dec 2026, 21:53 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José García, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0NCwiZyI6MTc5NjY4MDM5NjAwMDAwMH0.axcqzA.3SQ5BErCO4SB26PB5v_8of5-X-Y">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768506.8366.14819578848280847039@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:53:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:53:16.000000',1,'2026-12-07 21:53:16.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(39,'firmante038@org038.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Müller,

You asked to add Council de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0NSwiZyI6MTc5NjY4MDQ3MjAwMDAwMH0.axcrGA.53JygOKoc0SbK-AzZTbUMB7nLZ8

The link works until 14 Dec 2026, 21:54 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council de Defensoras Comunitarias
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Müller, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0NSwiZyI6MTc5NjY4MDQ3MjAwMDAwMH0.axcrGA.SsFvqwcEUc01ThnhoTmMvdd8xuc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Müller,</p>
<p>You asked to add <strong>Council de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0NSwiZyI6MTc5NjY4MDQ3MjAwMDAwMH0.axcrGA.53JygOKoc0SbK-AzZTbUMB7nLZ8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0NSwiZyI6MTc5NjY4MDQ3MjAwMDAwMH0.axcrGA.53JygOKoc0SbK-AzZTbUMB7nLZ8</p>
<p>The link works until 14 Dec 2026, 21:54 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0NSwiZyI6MTc5NjY4MDQ3MjAwMDAwMH0.axcrGA.SsFvqwcEUc01ThnhoTmMvdd8xuc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768508.8366.13205236959742498248@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:54:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:54:32.000000',1,'2026-12-07 21:54:32.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(40,'firmante039@org039.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Peña,

You asked to add Observatorio por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0NiwiZyI6MTc5NjY4MDU0ODAwMDAwMH0.axcrZA.MENQt4jhPWIxt1NE6oH2x7neLQc

The link works until 14 Dec 2026, 21:55 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio por los Derechos Humanos
  Category: National Organizations
  Location: San Diego, CA, United States
  Website: https://org039.example.org
  Signed by: Zoë Peña, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0NiwiZyI6MTc5NjY4MDU0ODAwMDAwMH0.axcrZA.jfkA3GSIB-tygAsqOZhmbMHvsRM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Peña,</p>
<p>You asked to add <strong>Observatorio por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0NiwiZyI6MTc5NjY4MDU0ODAwMDAwMH0.axcrZA.MENQt4jhPWIxt1NE6oH2x7neLQc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0NiwiZyI6MTc5NjY4MDU0ODAwMDAwMH0.axcrZA.MENQt4jhPWIxt1NE6oH2x7neLQc</p>
<p>The link works until 14 Dec 2026, 21:55 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org039.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0NiwiZyI6MTc5NjY4MDU0ODAwMDAwMH0.axcrZA.jfkA3GSIB-tygAsqOZhmbMHvsRM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768510.8366.17481825299932468518@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:55:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:55:48.000000',1,'2026-12-07 21:55:48.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(41,'firmante040@org040.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Núñez,

You asked to add Red de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0NywiZyI6MTc5NjY4MDYyNDAwMDAwMH0.axcrsA.vLd8NUOa5YTbzKo2ZUlYU83XNzw

The link works until 14 Dec 2026, 21:57 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red de Apoyo al Migrante
  Category: International Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Núñez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0NywiZyI6MTc5NjY4MDYyNDAwMDAwMH0.axcrsA.imndbsJ89wv32x52x1vlTxQ5mGc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Núñez,</p>
<p>You asked to add <strong>Red de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0NywiZyI6MTc5NjY4MDYyNDAwMDAwMH0.axcrsA.vLd8NUOa5YTbzKo2ZUlYU83XNzw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0NywiZyI6MTc5NjY4MDYyNDAwMDAwMH0.axcrsA.vLd8NUOa5YTbzKo2ZUlYU83XNzw</p>
<p>The link works until 14 Dec 2026, 21:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0NywiZyI6MTc5NjY4MDYyNDAwMDAwMH0.axcrsA.imndbsJ89wv32x52x1vlTxQ5mGc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768513.8366.2200511430432070614@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:57:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:57:04.000000',1,'2026-12-07 21:57:04.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(42,'firmante041@org041.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Øster,

You asked to add Centro for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0OCwiZyI6MTc5NjY4MDY2ODAwMDAwMH0.axcr3A.1L7U5-96UkSusCMsm4ElzH0NKLY

The link works until 14 Dec 2026, 21:57 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Refugee Rights
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Øster, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0OCwiZyI6MTc5NjY4MDY2ODAwMDAwMH0.axcr3A.w1FBlL0zBLyg8w9O0nMFfnsByQk

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Øster,</p>
<p>You asked to add <strong>Centro for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0OCwiZyI6MTc5NjY4MDY2ODAwMDAwMH0.axcr3A.1L7U5-96UkSusCMsm4ElzH0NKLY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0OCwiZyI6MTc5NjY4MDY2ODAwMDAwMH0.axcr3A.1L7U5-96UkSusCMsm4ElzH0NKLY</p>
<p>The link works until 14 Dec 2026, 21:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0OCwiZyI6MTc5NjY4MDY2ODAwMDAwMH0.axcr3A.w1FBlL0zBLyg8w9O0nMFfnsByQk">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768514.8366.9448548763812566679@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:57:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:57:48.000000',1,'2026-12-07 21:57:48.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(43,'firmante042@org042.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño O''Brien,

You asked to add Coalición Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0OSwiZyI6MTc5NjY4MDc0NDAwMDAwMH0.axcsKA.j70t5JazMb6kYhvzCi_g5Ccl60s

The link works until 14 Dec 2026, 21:59 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición Frontera Digna
  Category: National Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org042.example.org
  Signed by: Nuño O''Brien, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0OSwiZyI6MTc5NjY4MDc0NDAwMDAwMH0.axcsKA.TRU8mooagQsNbd7iZtlHzXViEus

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño O&#39;Brien,</p>
<p>You asked to add <strong>Coalición Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0OSwiZyI6MTc5NjY4MDc0NDAwMDAwMH0.axcsKA.j70t5JazMb6kYhvzCi_g5Ccl60s" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0OSwiZyI6MTc5NjY4MDc0NDAwMDAwMH0.axcsKA.j70t5JazMb6kYhvzCi_g5Ccl60s</p>
<p>The link works until 14 Dec 2026, 21:59 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org042.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0OSwiZyI6MTc5NjY4MDc0NDAwMDAwMH0.axcsKA.TRU8mooagQsNbd7iZtlHzXViEus">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768516.8366.4837852299300724588@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:59:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:59:04.000000',1,'2026-12-07 21:59:04.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(44,'firmante043@org043.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль 山田,

You asked to add Alliance for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1MCwiZyI6MTc5NjY4MDgyMDAwMDAwMH0.axcsdA.g71JIuEHf9IISooL2NY_2bEptMo

The link works until 14 Dec 2026, 22:00 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Border Solidarity
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль 山田, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1MCwiZyI6MTc5NjY4MDgyMDAwMDAwMH0.axcsdA.MD748ec7BnEtv7eSOPchMY9_Wlc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль 山田,</p>
<p>You asked to add <strong>Alliance for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1MCwiZyI6MTc5NjY4MDgyMDAwMDAwMH0.axcsdA.g71JIuEHf9IISooL2NY_2bEptMo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1MCwiZyI6MTc5NjY4MDgyMDAwMDAwMH0.axcsdA.g71JIuEHf9IISooL2NY_2bEptMo</p>
<p>The link works until 14 Dec 2026, 22:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль 山田, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1MCwiZyI6MTc5NjY4MDgyMDAwMDAwMH0.axcsdA.MD748ec7BnEtv7eSOPchMY9_Wlc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768518.8366.15792799056063703690@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:00:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:00:20.000000',1,'2026-12-07 22:00:20.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(45,'firmante044@org044.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Martínez,

You asked to add Network Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1MSwiZyI6MTc5NjY4MDg5NjAwMDAwMH0.axcswA.A_jPhgktJKcORWOTS7lEYw-FOik

The link works until 14 Dec 2026, 22:01 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network Jesuita con Migrantes
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima Martínez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1MSwiZyI6MTc5NjY4MDg5NjAwMDAwMH0.axcswA.XOChTUq44OIyKDTU7tE_1bXzHiQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Martínez,</p>
<p>You asked to add <strong>Network Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1MSwiZyI6MTc5NjY4MDg5NjAwMDAwMH0.axcswA.A_jPhgktJKcORWOTS7lEYw-FOik" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1MSwiZyI6MTc5NjY4MDg5NjAwMDAwMH0.axcswA.A_jPhgktJKcORWOTS7lEYw-FOik</p>
<p>The link works until 14 Dec 2026, 22:01 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1MSwiZyI6MTc5NjY4MDg5NjAwMDAwMH0.axcswA.XOChTUq44OIyKDTU7tE_1bXzHiQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768526.8366.16303211862315737001@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:01:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:01:36.000000',1,'2026-12-07 22:01:36.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(46,'firmante045@org045.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Haddad,

You asked to add Fundación de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1MiwiZyI6MTc5NjY4MDk3MjAwMDAwMH0.axctDA.Zelwwrc3d7RMlErALL1PTaqdMps

The link works until 14 Dec 2026, 22:02 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación de Mujeres Migrantes
  Category: International Organizations
  Location: Madrid, España
  Website: https://org045.example.org
  Signed by: Sakura Haddad, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1MiwiZyI6MTc5NjY4MDk3MjAwMDAwMH0.axctDA.1lnX6gHnodfUY7XM_4xEd-HAwI0

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Haddad,</p>
<p>You asked to add <strong>Fundación de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1MiwiZyI6MTc5NjY4MDk3MjAwMDAwMH0.axctDA.Zelwwrc3d7RMlErALL1PTaqdMps" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1MiwiZyI6MTc5NjY4MDk3MjAwMDAwMH0.axctDA.Zelwwrc3d7RMlErALL1PTaqdMps</p>
<p>The link works until 14 Dec 2026, 22:02 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org045.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1MiwiZyI6MTc5NjY4MDk3MjAwMDAwMH0.axctDA.1lnX6gHnodfUY7XM_4xEd-HAwI0">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768528.8366.10110507128675884878@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:02:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:02:52.000000',1,'2026-12-07 22:02:52.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(47,'firmante046@org046.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Dubois,

You asked to add Comité for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1MywiZyI6MTc5NjY4MTA0ODAwMDAwMH0.axctWA.ofKL3yhyGlq6D-ysXinmb33kWu0

The link works until 14 Dec 2026, 22:04 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité for Asylum Seekers
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Dubois, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1MywiZyI6MTc5NjY4MTA0ODAwMDAwMH0.axctWA.veZIASjqbcDZL3VLQUfjNjcfzIk

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Dubois,</p>
<p>You asked to add <strong>Comité for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1MywiZyI6MTc5NjY4MTA0ODAwMDAwMH0.axctWA.ofKL3yhyGlq6D-ysXinmb33kWu0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1MywiZyI6MTc5NjY4MTA0ODAwMDAwMH0.axctWA.ofKL3yhyGlq6D-ysXinmb33kWu0</p>
<p>The link works until 14 Dec 2026, 22:04 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1MywiZyI6MTc5NjY4MTA0ODAwMDAwMH0.axctWA.veZIASjqbcDZL3VLQUfjNjcfzIk">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768530.8366.11320155839492464931@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:04:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:04:08.000000',1,'2026-12-07 22:04:08.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(48,'firmante047@org047.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Иванова,

You asked to add Institute Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1NCwiZyI6MTc5NjY4MTEyNDAwMDAwMH0.axctpA.Htd8_ZVqlG3MX-7HjKivS0a9o2U

The link works until 14 Dec 2026, 22:05 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute Niñez sin Fronteras
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Иванова, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1NCwiZyI6MTc5NjY4MTEyNDAwMDAwMH0.axctpA.9_RyZkq9twWrtrERGHaz8z_oh0c

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Иванова,</p>
<p>You asked to add <strong>Institute Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1NCwiZyI6MTc5NjY4MTEyNDAwMDAwMH0.axctpA.Htd8_ZVqlG3MX-7HjKivS0a9o2U" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1NCwiZyI6MTc5NjY4MTEyNDAwMDAwMH0.axctpA.Htd8_ZVqlG3MX-7HjKivS0a9o2U</p>
<p>The link works until 14 Dec 2026, 22:05 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1NCwiZyI6MTc5NjY4MTEyNDAwMDAwMH0.axctpA.9_RyZkq9twWrtrERGHaz8z_oh0c">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768532.8366.1457696972656251323@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:05:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:05:24.000000',1,'2026-12-07 22:05:24.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(49,'firmante048@org048.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana García,

You asked to add Colectivo for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1NSwiZyI6MTc5NjY4MTIwMDAwMDAwMH0.axct8A.StrX_-LjXF68FlvJs-Tftp_A3Qw

The link works until 14 Dec 2026, 22:06 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo for Humane Borders
  Category: National Organizations
  Location: San Salvador, El Salvador
  Website: https://org048.example.org
  Signed by: Ana García, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1NSwiZyI6MTc5NjY4MTIwMDAwMDAwMH0.axct8A.iucuy46c6uB1hLULSuAOgtS8Pto

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana García,</p>
<p>You asked to add <strong>Colectivo for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1NSwiZyI6MTc5NjY4MTIwMDAwMDAwMH0.axct8A.StrX_-LjXF68FlvJs-Tftp_A3Qw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1NSwiZyI6MTc5NjY4MTIwMDAwMDAwMH0.axct8A.StrX_-LjXF68FlvJs-Tftp_A3Qw</p>
<p>The link works until 14 Dec 2026, 22:06 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org048.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana García, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1NSwiZyI6MTc5NjY4MTIwMDAwMDAwMH0.axct8A.iucuy46c6uB1hLULSuAOgtS8Pto">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768534.8366.10511171348011644178@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:06:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:06:40.000000',1,'2026-12-07 22:06:40.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(50,'firmante049@org049.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Müller,

You asked to add Asociación de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1NiwiZyI6MTc5NjY4MTI3NjAwMDAwMH0.axcuPA.yLA7OP30cUD88JxtRoAIR0uz-Ns

The link works until 14 Dec 2026, 22:07 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación de Defensoras Comunitarias
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José Müller, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1NiwiZyI6MTc5NjY4MTI3NjAwMDAwMH0.axcuPA.BhOH27HeKWHafswxy3_lhhSboHg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Müller,</p>
<p>You asked to add <strong>Asociación de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1NiwiZyI6MTc5NjY4MTI3NjAwMDAwMH0.axcuPA.yLA7OP30cUD88JxtRoAIR0uz-Ns" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1NiwiZyI6MTc5NjY4MTI3NjAwMDAwMH0.axcuPA.yLA7OP30cUD88JxtRoAIR0uz-Ns</p>
<p>The link works until 14 Dec 2026, 22:07 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1NiwiZyI6MTc5NjY4MTI3NjAwMDAwMH0.axcuPA.BhOH27HeKWHafswxy3_lhhSboHg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768536.8366.8706467805419901458@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:07:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:07:56.000000',1,'2026-12-07 22:07:56.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(51,'firmante050@org050.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Peña,

You asked to add Council por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1NywiZyI6MTc5NjY4MTMyMDAwMDAwMH0.axcuaA.tzYF7-d5-Fap8d7OAPcUZ3rgIjM

The link works until 14 Dec 2026, 22:08 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council por los Derechos Humanos
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Peña, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1NywiZyI6MTc5NjY4MTMyMDAwMDAwMH0.axcuaA.vdczYFSMEo3y4rt914dsW1RgSXs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Peña,</p>
<p>You asked to add <strong>Council por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1NywiZyI6MTc5NjY4MTMyMDAwMDAwMH0.axcuaA.tzYF7-d5-Fap8d7OAPcUZ3rgIjM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1NywiZyI6MTc5NjY4MTMyMDAwMDAwMH0.axcuaA.tzYF7-d5-Fap8d7OAPcUZ3rgIjM</p>
<p>The link works until 14 Dec 2026, 22:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1NywiZyI6MTc5NjY4MTMyMDAwMDAwMH0.axcuaA.vdczYFSMEo3y4rt914dsW1RgSXs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768537.8366.10503618316071651549@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:08:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:08:40.000000',1,'2026-12-07 22:08:40.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(52,'firmante051@org051.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Núñez,

You asked to add Observatorio for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1OCwiZyI6MTc5NjY4MTM5NjAwMDAwMH0.axcutA.-ENexcD_JTKctM4YeUzJq10sKnQ

The link works until 14 Dec 2026, 22:09 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio for Migrant Justice
  Category: National Organizations
  Location: San Diego, CA, United States
  Website: https://org051.example.org
  Signed by: Zoë Núñez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1OCwiZyI6MTc5NjY4MTM5NjAwMDAwMH0.axcutA.UudG1hKo_vyMd3E59y5oTNtHh4U

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Núñez,</p>
<p>You asked to add <strong>Observatorio for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1OCwiZyI6MTc5NjY4MTM5NjAwMDAwMH0.axcutA.-ENexcD_JTKctM4YeUzJq10sKnQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1OCwiZyI6MTc5NjY4MTM5NjAwMDAwMH0.axcutA.-ENexcD_JTKctM4YeUzJq10sKnQ</p>
<p>The link works until 14 Dec 2026, 22:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org051.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1OCwiZyI6MTc5NjY4MTM5NjAwMDAwMH0.axcutA.UudG1hKo_vyMd3E59y5oTNtHh4U">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768539.8366.1820502143736946781@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:09:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:09:56.000000',1,'2026-12-07 22:09:56.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(53,'firmante052@org052.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Øster,

You asked to add Red for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1OSwiZyI6MTc5NjY4MTQ3MjAwMDAwMH0.axcvAA.RdssTMVdoy4QP5-L5sLJ0USsXl4

The link works until 14 Dec 2026, 22:11 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Refugee Rights
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Øster, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1OSwiZyI6MTc5NjY4MTQ3MjAwMDAwMH0.axcvAA.8QP3c4KWn6kDAIWLunv6ZrTAhvY

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Øster,</p>
<p>You asked to add <strong>Red for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1OSwiZyI6MTc5NjY4MTQ3MjAwMDAwMH0.axcvAA.RdssTMVdoy4QP5-L5sLJ0USsXl4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1OSwiZyI6MTc5NjY4MTQ3MjAwMDAwMH0.axcvAA.RdssTMVdoy4QP5-L5sLJ0USsXl4</p>
<p>The link works until 14 Dec 2026, 22:11 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Øster, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1OSwiZyI6MTc5NjY4MTQ3MjAwMDAwMH0.axcvAA.8QP3c4KWn6kDAIWLunv6ZrTAhvY">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768542.8366.10526971939483606886@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:11:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:11:12.000000',1,'2026-12-07 22:11:12.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(54,'firmante053@org053.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile O''Brien,

You asked to add Centro Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2MCwiZyI6MTc5NjY4MTU0ODAwMDAwMH0.axcvTA.qTYR_mySxLGHgmCD1MX6NSx-ybw

The link works until 14 Dec 2026, 22:12 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro Frontera Digna
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile O''Brien, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2MCwiZyI6MTc5NjY4MTU0ODAwMDAwMH0.axcvTA.g70QrtpsBAl9XkESmBbp1L6GmbM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile O&#39;Brien,</p>
<p>You asked to add <strong>Centro Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2MCwiZyI6MTc5NjY4MTU0ODAwMDAwMH0.axcvTA.qTYR_mySxLGHgmCD1MX6NSx-ybw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2MCwiZyI6MTc5NjY4MTU0ODAwMDAwMH0.axcvTA.qTYR_mySxLGHgmCD1MX6NSx-ybw</p>
<p>The link works until 14 Dec 2026, 22:12 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2MCwiZyI6MTc5NjY4MTU0ODAwMDAwMH0.axcvTA.g70QrtpsBAl9XkESmBbp1L6GmbM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768544.8366.1164104623760907997@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:12:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:12:28.000000',1,'2026-12-07 22:12:28.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(55,'firmante054@org054.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño 山田,

You asked to add Coalición for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2MSwiZyI6MTc5NjY4MTYyNDAwMDAwMH0.axcvmA.7F7BQJwqxlL08NfBQITp5Vutm9Q

The link works until 14 Dec 2026, 22:13 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición for Border Solidarity
  Category: National Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org054.example.org
  Signed by: Nuño 山田, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2MSwiZyI6MTc5NjY4MTYyNDAwMDAwMH0.axcvmA.oKSNFEYFMP52h8YW_gcx1dLBAso

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño 山田,</p>
<p>You asked to add <strong>Coalición for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2MSwiZyI6MTc5NjY4MTYyNDAwMDAwMH0.axcvmA.7F7BQJwqxlL08NfBQITp5Vutm9Q" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2MSwiZyI6MTc5NjY4MTYyNDAwMDAwMH0.axcvmA.7F7BQJwqxlL08NfBQITp5Vutm9Q</p>
<p>The link works until 14 Dec 2026, 22:13 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org054.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2MSwiZyI6MTc5NjY4MTYyNDAwMDAwMH0.axcvmA.oKSNFEYFMP52h8YW_gcx1dLBAso">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768547.8366.10826260323164841282@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:13:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:13:44.000000',1,'2026-12-07 22:13:44.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(56,'firmante055@org055.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Martínez,

You asked to add Alliance Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2MiwiZyI6MTc5NjY4MTcwMDAwMDAwMH0.axcv5A.H3Q-LnoEhHAksqi9km8ckvCLdEk

The link works until 14 Dec 2026, 22:15 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance Jesuita con Migrantes
  Category: International Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Martínez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2MiwiZyI6MTc5NjY4MTcwMDAwMDAwMH0.axcv5A._94YYOxnkSACtTFiyEdVXAYsUeg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Martínez,</p>
<p>You asked to add <strong>Alliance Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2MiwiZyI6MTc5NjY4MTcwMDAwMDAwMH0.axcv5A.H3Q-LnoEhHAksqi9km8ckvCLdEk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2MiwiZyI6MTc5NjY4MTcwMDAwMDAwMH0.axcv5A.H3Q-LnoEhHAksqi9km8ckvCLdEk</p>
<p>The link works until 14 Dec 2026, 22:15 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2MiwiZyI6MTc5NjY4MTcwMDAwMDAwMH0.axcv5A._94YYOxnkSACtTFiyEdVXAYsUeg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768549.8366.2476946246896980742@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:15:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:15:00.000000',1,'2026-12-07 22:15:00.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(57,'firmante056@org056.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Haddad,

You asked to add Network de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2MywiZyI6MTc5NjY4MTc3NjAwMDAwMH0.axcwMA.ilS_zSzL544WluOX9jfbkWXq7a0

The link works until 14 Dec 2026, 22:16 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network de Mujeres Migrantes
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima Haddad, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2MywiZyI6MTc5NjY4MTc3NjAwMDAwMH0.axcwMA.JrO86MhAcIVdyqyQSJWC8How9OM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Haddad,</p>
<p>You asked to add <strong>Network de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2MywiZyI6MTc5NjY4MTc3NjAwMDAwMH0.axcwMA.ilS_zSzL544WluOX9jfbkWXq7a0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2MywiZyI6MTc5NjY4MTc3NjAwMDAwMH0.axcwMA.ilS_zSzL544WluOX9jfbkWXq7a0</p>
<p>The link works until 14 Dec 2026, 22:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2MywiZyI6MTc5NjY4MTc3NjAwMDAwMH0.axcwMA.JrO86MhAcIVdyqyQSJWC8How9OM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768552.8366.9772940998653422936@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:16:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:16:16.000000',1,'2026-12-07 22:16:16.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(58,'firmante057@org057.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Dubois,

You asked to add Fundación for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2NCwiZyI6MTc5NjY4MTg1MjAwMDAwMH0.axcwfA.gXkjC21kXNbQLB6pQVfRokRJ-Yo

The link works until 14 Dec 2026, 22:17 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación for Asylum Seekers
  Category: National Organizations
  Location: Madrid, España
  Website: https://org057.example.org
  Signed by: Sakura Dubois, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2NCwiZyI6MTc5NjY4MTg1MjAwMDAwMH0.axcwfA.6wHd9WBSOkwlMMdmAyAJCcKWT8I

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Dubois,</p>
<p>You asked to add <strong>Fundación for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2NCwiZyI6MTc5NjY4MTg1MjAwMDAwMH0.axcwfA.gXkjC21kXNbQLB6pQVfRokRJ-Yo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2NCwiZyI6MTc5NjY4MTg1MjAwMDAwMH0.axcwfA.gXkjC21kXNbQLB6pQVfRokRJ-Yo</p>
<p>The link works until 14 Dec 2026, 22:17 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org057.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2NCwiZyI6MTc5NjY4MTg1MjAwMDAwMH0.axcwfA.6wHd9WBSOkwlMMdmAyAJCcKWT8I">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768553.8366.4415398479571185838@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:17:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:17:32.000000',1,'2026-12-07 22:17:32.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(59,'firmante058@org058.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Иванова,

You asked to add Comité Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2NSwiZyI6MTc5NjY4MTkyODAwMDAwMH0.axcwyA.hVAr9LO9vnXuW_YZ5u6OboCLxtY

The link works until 14 Dec 2026, 22:18 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité Niñez sin Fronteras
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Иванова, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2NSwiZyI6MTc5NjY4MTkyODAwMDAwMH0.axcwyA.uR2_cWWgEa1SabWMvyO4DuA9yKg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Иванова,</p>
<p>You asked to add <strong>Comité Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2NSwiZyI6MTc5NjY4MTkyODAwMDAwMH0.axcwyA.hVAr9LO9vnXuW_YZ5u6OboCLxtY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2NSwiZyI6MTc5NjY4MTkyODAwMDAwMH0.axcwyA.hVAr9LO9vnXuW_YZ5u6OboCLxtY</p>
<p>The link works until 14 Dec 2026, 22:18 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2NSwiZyI6MTc5NjY4MTkyODAwMDAwMH0.axcwyA.uR2_cWWgEa1SabWMvyO4DuA9yKg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768555.8366.17789006214698690451@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:18:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:18:48.000000',1,'2026-12-07 22:18:48.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(60,'firmante059@org059.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki García,

You asked to add Institute for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2NiwiZyI6MTc5NjY4MTk3MjAwMDAwMH0.axcw9A.LZ63TssPGcJpVyaNUbvEBCyalUY

The link works until 14 Dec 2026, 22:19 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute for Humane Borders
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki García, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2NiwiZyI6MTc5NjY4MTk3MjAwMDAwMH0.axcw9A.lN7PTkh2_Z9tkAoH0bNAHxwNeiM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki García,</p>
<p>You asked to add <strong>Institute for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2NiwiZyI6MTc5NjY4MTk3MjAwMDAwMH0.axcw9A.LZ63TssPGcJpVyaNUbvEBCyalUY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2NiwiZyI6MTc5NjY4MTk3MjAwMDAwMH0.axcw9A.LZ63TssPGcJpVyaNUbvEBCyalUY</p>
<p>The link works until 14 Dec 2026, 22:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki García, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2NiwiZyI6MTc5NjY4MTk3MjAwMDAwMH0.axcw9A.lN7PTkh2_Z9tkAoH0bNAHxwNeiM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768557.8366.6890195754571935695@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:19:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:19:32.000000',1,'2026-12-07 22:19:32.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(61,'firmante060@org060.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Müller,

You asked to add Colectivo de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2NywiZyI6MTc5NjY4MjA0ODAwMDAwMH0.axcxQA.IptJEDhnzES9FSnkyGf5qGZA2SM

The link works until 14 Dec 2026, 22:20 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo de Defensoras Comunitarias
  Category: International Organizations
  Location: San Salvador, El Salvador
  Website: https://org060.example.org
  Signed by: Ana Müller, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2NywiZyI6MTc5NjY4MjA0ODAwMDAwMH0.axcxQA._76XMF4DkFP-J1xDtmEB1pFq0c8

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Müller,</p>
<p>You asked to add <strong>Colectivo de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2NywiZyI6MTc5NjY4MjA0ODAwMDAwMH0.axcxQA.IptJEDhnzES9FSnkyGf5qGZA2SM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2NywiZyI6MTc5NjY4MjA0ODAwMDAwMH0.axcxQA.IptJEDhnzES9FSnkyGf5qGZA2SM</p>
<p>The link works until 14 Dec 2026, 22:20 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org060.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Müller, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2NywiZyI6MTc5NjY4MjA0ODAwMDAwMH0.axcxQA._76XMF4DkFP-J1xDtmEB1pFq0c8">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768559.8366.1784783547983070175@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:20:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:20:48.000000',1,'2026-12-07 22:20:48.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(62,'firmante061@org061.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Peña,

You asked to add Asociación por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2OCwiZyI6MTc5NjY4MjEyNDAwMDAwMH0.axcxjA.AM_bUagKzZYItBt22VreA4YYtag

The link works until 14 Dec 2026, 22:22 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación por los Derechos Humanos
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José Peña, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2OCwiZyI6MTc5NjY4MjEyNDAwMDAwMH0.axcxjA.Az3FBhMFPwwTjO9RzMosyPP2anE

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Peña,</p>
<p>You asked to add <strong>Asociación por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2OCwiZyI6MTc5NjY4MjEyNDAwMDAwMH0.axcxjA.AM_bUagKzZYItBt22VreA4YYtag" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2OCwiZyI6MTc5NjY4MjEyNDAwMDAwMH0.axcxjA.AM_bUagKzZYItBt22VreA4YYtag</p>
<p>The link works until 14 Dec 2026, 22:22 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2OCwiZyI6MTc5NjY4MjEyNDAwMDAwMH0.axcxjA.Az3FBhMFPwwTjO9RzMosyPP2anE">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768562.8366.16925131176428755332@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:22:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:22:04.000000',1,'2026-12-07 22:22:04.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(63,'firmante062@org062.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Núñez,

You asked to add Council for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2OSwiZyI6MTc5NjY4MjIwMDAwMDAwMH0.axcx2A.2NVUpCMvXR6oGIjkuvEdCUuuZHE

The link works until 14 Dec 2026, 22:23 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Migrant Justice
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Núñez, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2OSwiZyI6MTc5NjY4MjIwMDAwMDAwMH0.axcx2A.cZlBL-NFFJPg0oDrm20E3c7ukN8

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Núñez,</p>
<p>You asked to add <strong>Council for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2OSwiZyI6MTc5NjY4MjIwMDAwMDAwMH0.axcx2A.2NVUpCMvXR6oGIjkuvEdCUuuZHE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2OSwiZyI6MTc5NjY4MjIwMDAwMDAwMH0.axcx2A.2NVUpCMvXR6oGIjkuvEdCUuuZHE</p>
<p>The link works until 14 Dec 2026, 22:23 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2OSwiZyI6MTc5NjY4MjIwMDAwMDAwMH0.axcx2A.cZlBL-NFFJPg0oDrm20E3c7ukN8">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768564.8366.10951286327417308740@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:23:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:23:20.000000',1,'2026-12-07 22:23:20.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(64,'firmante063@org063.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Øster,

You asked to add Observatorio de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3MCwiZyI6MTc5NjY4MjI3NjAwMDAwMH0.axcyJA.ZU9_lrOibVixzHScg5nEKz65mIk

The link works until 14 Dec 2026, 22:24 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio de Apoyo al Migrante
  Category: National Organizations
  Location: San Diego, CA, United States
  Website: https://org063.example.org
  Signed by: Zoë Øster, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3MCwiZyI6MTc5NjY4MjI3NjAwMDAwMH0.axcyJA.nDJLzzNun1HGu83RpWwrZkfq2tU

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Øster,</p>
<p>You asked to add <strong>Observatorio de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3MCwiZyI6MTc5NjY4MjI3NjAwMDAwMH0.axcyJA.ZU9_lrOibVixzHScg5nEKz65mIk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3MCwiZyI6MTc5NjY4MjI3NjAwMDAwMH0.axcyJA.ZU9_lrOibVixzHScg5nEKz65mIk</p>
<p>The link works until 14 Dec 2026, 22:24 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org063.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3MCwiZyI6MTc5NjY4MjI3NjAwMDAwMH0.axcyJA.nDJLzzNun1HGu83RpWwrZkfq2tU">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768566.8366.9731112698038666513@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:24:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:24:36.000000',1,'2026-12-07 22:24:36.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(65,'firmante064@org064.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José O''Brien,

You asked to add Red Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3MSwiZyI6MTc5NjY4MjM1MjAwMDAwMH0.axcycA.qNVyIwCH4GtYRIqc30bGjwBEEhQ

The link works until 14 Dec 2026, 22:25 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red Frontera Digna
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José O''Brien, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3MSwiZyI6MTc5NjY4MjM1MjAwMDAwMH0.axcycA.2xxWecnu7AX_dtfLrARaiqSp_mg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José O&#39;Brien,</p>
<p>You asked to add <strong>Red Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3MSwiZyI6MTc5NjY4MjM1MjAwMDAwMH0.axcycA.qNVyIwCH4GtYRIqc30bGjwBEEhQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3MSwiZyI6MTc5NjY4MjM1MjAwMDAwMH0.axcycA.qNVyIwCH4GtYRIqc30bGjwBEEhQ</p>
<p>The link works until 14 Dec 2026, 22:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3MSwiZyI6MTc5NjY4MjM1MjAwMDAwMH0.axcycA.2xxWecnu7AX_dtfLrARaiqSp_mg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768568.8366.4434424054700645538@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:25:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:25:52.000000',1,'2026-12-07 22:25:52.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(66,'firmante065@org065.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile 山田,

You asked to add Centro for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3MiwiZyI6MTc5NjY4MjQyODAwMDAwMH0.axcyvA.Qrm71cUcnM_rZri7ARUX8gwPQrA

The link works until 14 Dec 2026, 22:27 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Border Solidarity
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile 山田, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3MiwiZyI6MTc5NjY4MjQyODAwMDAwMH0.axcyvA.WdN04Gkz6S8OThEjDQKv_ul6qVM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile 山田,</p>
<p>You asked to add <strong>Centro for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3MiwiZyI6MTc5NjY4MjQyODAwMDAwMH0.axcyvA.Qrm71cUcnM_rZri7ARUX8gwPQrA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3MiwiZyI6MTc5NjY4MjQyODAwMDAwMH0.axcyvA.Qrm71cUcnM_rZri7ARUX8gwPQrA</p>
<p>The link works until 14 Dec 2026, 22:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile 山田, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3MiwiZyI6MTc5NjY4MjQyODAwMDAwMH0.axcyvA.WdN04Gkz6S8OThEjDQKv_ul6qVM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768570.8366.17467688236319769390@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:27:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:27:08.000000',1,'2026-12-07 22:27:08.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(67,'firmante066@org066.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Martínez,

You asked to add Coalición Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3MywiZyI6MTc5NjY4MjUwNDAwMDAwMH0.axczCA.c6I6SGDgXYxKI_2tWWpAaS7aFnE

The link works until 14 Dec 2026, 22:28 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición Jesuita con Migrantes
  Category: National Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org066.example.org
  Signed by: Nuño Martínez, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3MywiZyI6MTc5NjY4MjUwNDAwMDAwMH0.axczCA.-H2P2aBZ4OBRMJDhfSFwaFjatkE

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Martínez,</p>
<p>You asked to add <strong>Coalición Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3MywiZyI6MTc5NjY4MjUwNDAwMDAwMH0.axczCA.c6I6SGDgXYxKI_2tWWpAaS7aFnE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3MywiZyI6MTc5NjY4MjUwNDAwMDAwMH0.axczCA.c6I6SGDgXYxKI_2tWWpAaS7aFnE</p>
<p>The link works until 14 Dec 2026, 22:28 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org066.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Martínez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3MywiZyI6MTc5NjY4MjUwNDAwMDAwMH0.axczCA.-H2P2aBZ4OBRMJDhfSFwaFjatkE">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768572.8366.10993617376681303410@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:28:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:28:24.000000',1,'2026-12-07 22:28:24.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(68,'firmante067@org067.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Haddad,

You asked to add Alliance de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3NCwiZyI6MTc5NjY4MjU4MDAwMDAwMH0.axczVA._fgE4eyE_QMKp-l-y5CkzJ3tcRc

The link works until 14 Dec 2026, 22:29 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance de Mujeres Migrantes
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Haddad, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3NCwiZyI6MTc5NjY4MjU4MDAwMDAwMH0.axczVA.aZZI1LZSiYw_N6sAUdy43-D8t7Q

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Haddad,</p>
<p>You asked to add <strong>Alliance de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3NCwiZyI6MTc5NjY4MjU4MDAwMDAwMH0.axczVA._fgE4eyE_QMKp-l-y5CkzJ3tcRc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3NCwiZyI6MTc5NjY4MjU4MDAwMDAwMH0.axczVA._fgE4eyE_QMKp-l-y5CkzJ3tcRc</p>
<p>The link works until 14 Dec 2026, 22:29 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Haddad, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3NCwiZyI6MTc5NjY4MjU4MDAwMDAwMH0.axczVA.aZZI1LZSiYw_N6sAUdy43-D8t7Q">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768574.8366.17607879541672290471@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:29:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:29:40.000000',1,'2026-12-07 22:29:40.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(69,'firmante068@org068.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Dubois,

You asked to add Network for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3NSwiZyI6MTc5NjY4MjYyNDAwMDAwMH0.axczgA.gHRVDkyq0p0hyOoRBm1CCRgHAmU

The link works until 14 Dec 2026, 22:30 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network for Asylum Seekers
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima Dubois, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3NSwiZyI6MTc5NjY4MjYyNDAwMDAwMH0.axczgA.HRD7M3dz_nBdb9bfHt5Em_oFk-w

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Dubois,</p>
<p>You asked to add <strong>Network for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3NSwiZyI6MTc5NjY4MjYyNDAwMDAwMH0.axczgA.gHRVDkyq0p0hyOoRBm1CCRgHAmU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3NSwiZyI6MTc5NjY4MjYyNDAwMDAwMH0.axczgA.gHRVDkyq0p0hyOoRBm1CCRgHAmU</p>
<p>The link works until 14 Dec 2026, 22:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Dubois, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3NSwiZyI6MTc5NjY4MjYyNDAwMDAwMH0.axczgA.HRD7M3dz_nBdb9bfHt5Em_oFk-w">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768575.8366.11493812621287370035@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:30:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:30:24.000000',1,'2026-12-07 22:30:24.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(70,'firmante069@org069.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Иванова,

You asked to add Fundación Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3NiwiZyI6MTc5NjY4MjcwMDAwMDAwMH0.axczzA.mJwe8uDbx7TI0YaMpFV8Jv2EDLk

The link works until 14 Dec 2026, 22:31 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación Niñez sin Fronteras
  Category: National Organizations
  Location: Madrid, España
  Website: https://org069.example.org
  Signed by: Sakura Иванова, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3NiwiZyI6MTc5NjY4MjcwMDAwMDAwMH0.axczzA.cLtZihxVv_zxwGf1u0FTryQJhQU

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Иванова,</p>
<p>You asked to add <strong>Fundación Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3NiwiZyI6MTc5NjY4MjcwMDAwMDAwMH0.axczzA.mJwe8uDbx7TI0YaMpFV8Jv2EDLk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3NiwiZyI6MTc5NjY4MjcwMDAwMDAwMH0.axczzA.mJwe8uDbx7TI0YaMpFV8Jv2EDLk</p>
<p>The link works until 14 Dec 2026, 22:31 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org069.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Иванова, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3NiwiZyI6MTc5NjY4MjcwMDAwMDAwMH0.axczzA.cLtZihxVv_zxwGf1u0FTryQJhQU">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768577.8366.9148172763274951165@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:31:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:31:40.000000',1,'2026-12-07 22:31:40.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(71,'firmante070@org070.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée García,

You asked to add Comité for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3NywiZyI6MTc5NjY4Mjc3NjAwMDAwMH0.axc0GA.HoleA1BrrMzxE8rprQOj60M7j4g

The link works until 14 Dec 2026, 22:32 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité for Humane Borders
  Category: International Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée García, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3NywiZyI6MTc5NjY4Mjc3NjAwMDAwMH0.axc0GA.CZPWcgDnBLsqmCbQ3fMk0IWvIDE

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée García,</p>
<p>You asked to add <strong>Comité for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3NywiZyI6MTc5NjY4Mjc3NjAwMDAwMH0.axc0GA.HoleA1BrrMzxE8rprQOj60M7j4g" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3NywiZyI6MTc5NjY4Mjc3NjAwMDAwMH0.axc0GA.HoleA1BrrMzxE8rprQOj60M7j4g</p>
<p>The link works until 14 Dec 2026, 22:32 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée García, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3NywiZyI6MTc5NjY4Mjc3NjAwMDAwMH0.axc0GA.CZPWcgDnBLsqmCbQ3fMk0IWvIDE">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768579.8366.7514973631900769187@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:32:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:32:56.000000',1,'2026-12-07 22:32:56.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(72,'firmante071@org071.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Müller,

You asked to add Institute de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3OCwiZyI6MTc5NjY4Mjg1MjAwMDAwMH0.axc0ZA.XSVPon3HO7vaKvygaVHs5zdieg8

The link works until 14 Dec 2026, 22:34 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute de Defensoras Comunitarias
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Müller, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3OCwiZyI6MTc5NjY4Mjg1MjAwMDAwMH0.axc0ZA.2DuQBVBMq8-hwz3_1TDYnmL2YJI

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Müller,</p>
<p>You asked to add <strong>Institute de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3OCwiZyI6MTc5NjY4Mjg1MjAwMDAwMH0.axc0ZA.XSVPon3HO7vaKvygaVHs5zdieg8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3OCwiZyI6MTc5NjY4Mjg1MjAwMDAwMH0.axc0ZA.XSVPon3HO7vaKvygaVHs5zdieg8</p>
<p>The link works until 14 Dec 2026, 22:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Müller, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3OCwiZyI6MTc5NjY4Mjg1MjAwMDAwMH0.axc0ZA.2DuQBVBMq8-hwz3_1TDYnmL2YJI">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768581.8366.5767929789485500553@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:34:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:34:12.000000',1,'2026-12-07 22:34:12.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(73,'firmante072@org072.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Peña,

You asked to add Colectivo por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3OSwiZyI6MTc5NjY4MjkyODAwMDAwMH0.axc0sA.lHuUqlnwq-a-PBkLx5Ti35p-y84

The link works until 14 Dec 2026, 22:35 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo por los Derechos Humanos
  Category: National Organizations
  Location: San Salvador, El Salvador
  Website: https://org072.example.org
  Signed by: Ana Peña, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3OSwiZyI6MTc5NjY4MjkyODAwMDAwMH0.axc0sA.lYgeA4jPHoRX1tk-KpJCoGYHFbQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Peña,</p>
<p>You asked to add <strong>Colectivo por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3OSwiZyI6MTc5NjY4MjkyODAwMDAwMH0.axc0sA.lHuUqlnwq-a-PBkLx5Ti35p-y84" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3OSwiZyI6MTc5NjY4MjkyODAwMDAwMH0.axc0sA.lHuUqlnwq-a-PBkLx5Ti35p-y84</p>
<p>The link works until 14 Dec 2026, 22:35 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org072.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Peña, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3OSwiZyI6MTc5NjY4MjkyODAwMDAwMH0.axc0sA.lYgeA4jPHoRX1tk-KpJCoGYHFbQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768583.8366.2356042608763318726@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:35:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:35:28.000000',1,'2026-12-07 22:35:28.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(74,'firmante073@org073.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Núñez,

You asked to add Asociación for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4MCwiZyI6MTc5NjY4MzAwNDAwMDAwMH0.axc0_A.ZOW0Wdd05oZplwzeUL4bioUovIg

The link works until 14 Dec 2026, 22:36 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Migrant Justice
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José Núñez, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4MCwiZyI6MTc5NjY4MzAwNDAwMDAwMH0.axc0_A.TCVLYaJOkpuYNI6HUcYKM_tl_Sc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Núñez,</p>
<p>You asked to add <strong>Asociación for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4MCwiZyI6MTc5NjY4MzAwNDAwMDAwMH0.axc0_A.ZOW0Wdd05oZplwzeUL4bioUovIg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4MCwiZyI6MTc5NjY4MzAwNDAwMDAwMH0.axc0_A.ZOW0Wdd05oZplwzeUL4bioUovIg</p>
<p>The link works until 14 Dec 2026, 22:36 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Núñez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4MCwiZyI6MTc5NjY4MzAwNDAwMDAwMH0.axc0_A.TCVLYaJOkpuYNI6HUcYKM_tl_Sc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768585.8366.5001148908000646276@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:36:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:36:44.000000',1,'2026-12-07 22:36:44.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(75,'firmante074@org074.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Øster,

You asked to add Council de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4MSwiZyI6MTc5NjY4MzA4MDAwMDAwMH0.axc1SA.je1s48YNRXYxhpnuShh-tyND0bo

The link works until 14 Dec 2026, 22:38 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council de Apoyo al Migrante
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Øster, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4MSwiZyI6MTc5NjY4MzA4MDAwMDAwMH0.axc1SA.CJH5rzQGaydrAndymr_pIpCeAh4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Øster,</p>
<p>You asked to add <strong>Council de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4MSwiZyI6MTc5NjY4MzA4MDAwMDAwMH0.axc1SA.je1s48YNRXYxhpnuShh-tyND0bo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4MSwiZyI6MTc5NjY4MzA4MDAwMDAwMH0.axc1SA.je1s48YNRXYxhpnuShh-tyND0bo</p>
<p>The link works until 14 Dec 2026, 22:38 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Øster, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4MSwiZyI6MTc5NjY4MzA4MDAwMDAwMH0.axc1SA.CJH5rzQGaydrAndymr_pIpCeAh4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768587.8366.4528312452644589449@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:38:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:38:00.000000',1,'2026-12-07 22:38:00.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(76,'firmante075@org075.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë O''Brien,

You asked to add Observatorio for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4MiwiZyI6MTc5NjY4MzE1NjAwMDAwMH0.axc1lA.cD7W0m8cWyfNQy9k4Y44eE5AITQ

The link works until 14 Dec 2026, 22:39 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio for Refugee Rights
  Category: International Organizations
  Location: San Diego, CA, United States
  Website: https://org075.example.org
  Signed by: Zoë O''Brien, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4MiwiZyI6MTc5NjY4MzE1NjAwMDAwMH0.axc1lA.h9SIxgqVrz8Whr2atuLoPiALp2Q

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë O&#39;Brien,</p>
<p>You asked to add <strong>Observatorio for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4MiwiZyI6MTc5NjY4MzE1NjAwMDAwMH0.axc1lA.cD7W0m8cWyfNQy9k4Y44eE5AITQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4MiwiZyI6MTc5NjY4MzE1NjAwMDAwMH0.axc1lA.cD7W0m8cWyfNQy9k4Y44eE5AITQ</p>
<p>The link works until 14 Dec 2026, 22:39 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org075.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë O&#39;Brien, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4MiwiZyI6MTc5NjY4MzE1NjAwMDAwMH0.axc1lA.h9SIxgqVrz8Whr2atuLoPiALp2Q">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768589.8366.2299985888215487724@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:39:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:39:16.000000',1,'2026-12-07 22:39:16.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(77,'firmante076@org076.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José 山田,

You asked to add Red for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4MywiZyI6MTc5NjY4MzIzMjAwMDAwMH0.axc14A.1tWlR6mJ6Ng4OKjANNO7529ilj4

The link works until 14 Dec 2026, 22:40 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Border Solidarity
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José 山田, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4MywiZyI6MTc5NjY4MzIzMjAwMDAwMH0.axc14A.mMxwHxlYo7SLayObr7wNHLVcjVA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José 山田,</p>
<p>You asked to add <strong>Red for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4MywiZyI6MTc5NjY4MzIzMjAwMDAwMH0.axc14A.1tWlR6mJ6Ng4OKjANNO7529ilj4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4MywiZyI6MTc5NjY4MzIzMjAwMDAwMH0.axc14A.1tWlR6mJ6Ng4OKjANNO7529ilj4</p>
<p>The link works until 14 Dec 2026, 22:40 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José 山田, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4MywiZyI6MTc5NjY4MzIzMjAwMDAwMH0.axc14A.mMxwHxlYo7SLayObr7wNHLVcjVA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768591.8366.9915623937381291906@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:40:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:40:32.000000',1,'2026-12-07 22:40:32.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(78,'firmante077@org077.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Martínez,

You asked to add Centro Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4NCwiZyI6MTc5NjY4MzI3NjAwMDAwMH0.axc2DA.0_9l1CpvU2dHdV3YQ46yy4_Mg5E

The link works until 14 Dec 2026, 22:41 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro Jesuita con Migrantes
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Martínez, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4NCwiZyI6MTc5NjY4MzI3NjAwMDAwMH0.axc2DA.FGHHi_Xsospxq-R4dray3YODh0Q

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Martínez,</p>
<p>You asked to add <strong>Centro Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4NCwiZyI6MTc5NjY4MzI3NjAwMDAwMH0.axc2DA.0_9l1CpvU2dHdV3YQ46yy4_Mg5E" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4NCwiZyI6MTc5NjY4MzI3NjAwMDAwMH0.axc2DA.0_9l1CpvU2dHdV3YQ46yy4_Mg5E</p>
<p>The link works until 14 Dec 2026, 22:41 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Martínez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4NCwiZyI6MTc5NjY4MzI3NjAwMDAwMH0.axc2DA.FGHHi_Xsospxq-R4dray3YODh0Q">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768593.8366.1408546929027251205@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:41:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:41:16.000000',1,'2026-12-07 22:41:16.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(79,'firmante078@org078.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Haddad,

You asked to add Coalición de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4NSwiZyI6MTc5NjY4MzM1MjAwMDAwMH0.axc2WA.L1LpD9E47kHgvE48sfOzEVPgJwU

The link works until 14 Dec 2026, 22:42 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición de Mujeres Migrantes
  Category: National Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org078.example.org
  Signed by: Nuño Haddad, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4NSwiZyI6MTc5NjY4MzM1MjAwMDAwMH0.axc2WA.4LvFw62StK03npyCyWoGAieQ0-o

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Haddad,</p>
<p>You asked to add <strong>Coalición de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4NSwiZyI6MTc5NjY4MzM1MjAwMDAwMH0.axc2WA.L1LpD9E47kHgvE48sfOzEVPgJwU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4NSwiZyI6MTc5NjY4MzM1MjAwMDAwMH0.axc2WA.L1LpD9E47kHgvE48sfOzEVPgJwU</p>
<p>The link works until 14 Dec 2026, 22:42 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org078.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Haddad, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4NSwiZyI6MTc5NjY4MzM1MjAwMDAwMH0.axc2WA.4LvFw62StK03npyCyWoGAieQ0-o">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768595.8366.4795181750674625339@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:42:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:42:32.000000',1,'2026-12-07 22:42:32.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(80,'firmante079@org079.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Dubois,

You asked to add Alliance for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4NiwiZyI6MTc5NjY4MzQyODAwMDAwMH0.axc2pA.gQu6ENUNTiYKHhXmveXXnuZyuio

The link works until 14 Dec 2026, 22:43 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Asylum Seekers
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Dubois, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4NiwiZyI6MTc5NjY4MzQyODAwMDAwMH0.axc2pA.fD19mc0DWj53JO56-CO7reyU5-E

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Dubois,</p>
<p>You asked to add <strong>Alliance for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4NiwiZyI6MTc5NjY4MzQyODAwMDAwMH0.axc2pA.gQu6ENUNTiYKHhXmveXXnuZyuio" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4NiwiZyI6MTc5NjY4MzQyODAwMDAwMH0.axc2pA.gQu6ENUNTiYKHhXmveXXnuZyuio</p>
<p>The link works until 14 Dec 2026, 22:43 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Dubois, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4NiwiZyI6MTc5NjY4MzQyODAwMDAwMH0.axc2pA.fD19mc0DWj53JO56-CO7reyU5-E">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768598.8366.3265477835674924042@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:43:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:43:48.000000',1,'2026-12-07 22:43:48.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(81,'firmante100@org100.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Haddad,

You asked to add Red de Mujeres Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4NywiZyI6MTc5NjY4MzUwNDAwMDAwMH0.axc28A.zC0N5vkUNdjTvn2ZNowIYDO2wMU

The link works until 14 Dec 2026, 22:45 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red de Mujeres Migrantes
  Category: Organizaciones de México
  Location: Tijuana, Baja California, México
  Signed by: María José Haddad, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4NywiZyI6MTc5NjY4MzUwNDAwMDAwMH0.axc28A.GMoUEK_7WF6PC3guoGhBL9kBKYI

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Haddad,</p>
<p>You asked to add <strong>Red de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4NywiZyI6MTc5NjY4MzUwNDAwMDAwMH0.axc28A.zC0N5vkUNdjTvn2ZNowIYDO2wMU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4NywiZyI6MTc5NjY4MzUwNDAwMDAwMH0.axc28A.zC0N5vkUNdjTvn2ZNowIYDO2wMU</p>
<p>The link works until 14 Dec 2026, 22:45 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4NywiZyI6MTc5NjY4MzUwNDAwMDAwMH0.axc28A.GMoUEK_7WF6PC3guoGhBL9kBKYI">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768600.8366.14348645388779207089@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:45:04 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:45:04.000000',1,'2026-12-07 22:45:04.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(82,'firmante101@org101.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Dubois,

You asked to add Centro for Asylum Seekers to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4OCwiZyI6MTc5NjY4MzU4MDAwMDAwMH0.axc3PA.fQm14aNyzj2WkHKS0ey2GFSGw9E

The link works until 14 Dec 2026, 22:46 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Asylum Seekers
  Category: Organizaciones de Centroamérica
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Dubois, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4OCwiZyI6MTc5NjY4MzU4MDAwMDAwMH0.axc3PA.k11KvB5zYqZXui8vGWqBAlIeEm8

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Dubois,</p>
<p>You asked to add <strong>Centro for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4OCwiZyI6MTc5NjY4MzU4MDAwMDAwMH0.axc3PA.fQm14aNyzj2WkHKS0ey2GFSGw9E" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4OCwiZyI6MTc5NjY4MzU4MDAwMDAwMH0.axc3PA.fQm14aNyzj2WkHKS0ey2GFSGw9E</p>
<p>The link works until 14 Dec 2026, 22:46 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4OCwiZyI6MTc5NjY4MzU4MDAwMDAwMH0.axc3PA.k11KvB5zYqZXui8vGWqBAlIeEm8">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768603.8366.9740620125486451287@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:46:20 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:46:20.000000',1,'2026-12-07 22:46:20.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(83,'firmante102@org102.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño Иванова,

You asked to add Coalición Niñez sin Fronteras to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4OSwiZyI6MTc5NjY4MzYyNDAwMDAwMH0.axc3aA.eASOlbOkpDBk42XEOirrMS4n_Lg

The link works until 14 Dec 2026, 22:47 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición Niñez sin Fronteras
  Category: Organizaciones internacionales
  Location: Tapachula, Chiapas, México
  Website: https://org102.example.org
  Signed by: Nuño Иванова, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4OSwiZyI6MTc5NjY4MzYyNDAwMDAwMH0.axc3aA.pzySbpbpprOZ8z3fRUVstjShM3M

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Иванова,</p>
<p>You asked to add <strong>Coalición Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4OSwiZyI6MTc5NjY4MzYyNDAwMDAwMH0.axc3aA.eASOlbOkpDBk42XEOirrMS4n_Lg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4OSwiZyI6MTc5NjY4MzYyNDAwMDAwMH0.axc3aA.eASOlbOkpDBk42XEOirrMS4n_Lg</p>
<p>The link works until 14 Dec 2026, 22:47 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org102.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4OSwiZyI6MTc5NjY4MzYyNDAwMDAwMH0.axc3aA.pzySbpbpprOZ8z3fRUVstjShM3M">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768604.8366.15752631459778318743@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:47:04 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:47:04.000000',1,'2026-12-07 22:47:04.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(84,'firmante103@org103.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль García,

You asked to add Alliance for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5MCwiZyI6MTc5NjY4MzcwMDAwMDAwMH0.axc3tA.NIn0xnZQx5CLh17Z2PcnjB6WRQo

The link works until 14 Dec 2026, 22:48 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Humane Borders
  Category: Organizaciones de México
  Location: Genève, Suisse
  Signed by: Айгуль García, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5MCwiZyI6MTc5NjY4MzcwMDAwMDAwMH0.axc3tA.54V0eVYr-iO0USOqWhO41dg9eAo

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль García,</p>
<p>You asked to add <strong>Alliance for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5MCwiZyI6MTc5NjY4MzcwMDAwMDAwMH0.axc3tA.NIn0xnZQx5CLh17Z2PcnjB6WRQo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5MCwiZyI6MTc5NjY4MzcwMDAwMDAwMH0.axc3tA.NIn0xnZQx5CLh17Z2PcnjB6WRQo</p>
<p>The link works until 14 Dec 2026, 22:48 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль García, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5MCwiZyI6MTc5NjY4MzcwMDAwMDAwMH0.axc3tA.54V0eVYr-iO0USOqWhO41dg9eAo">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768607.8366.12256750687961263889@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:48:20 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:48:20.000000',1,'2026-12-07 22:48:20.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(85,'firmante104@org104.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Müller,

You asked to add Network de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5MSwiZyI6MTc5NjY4Mzc3NjAwMDAwMH0.axc4AA.Onlc0D54m4XbNrrOiPkNR2xw3aI

The link works until 14 Dec 2026, 22:49 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network de Defensoras Comunitarias
  Category: Organizaciones de Centroamérica
  Location: Tucson, AZ, United States
  Signed by: Fatima Müller, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5MSwiZyI6MTc5NjY4Mzc3NjAwMDAwMH0.axc4AA.yBpA1Pgv-RUv9wGYlAK7fTv--QA

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Müller,</p>
<p>You asked to add <strong>Network de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5MSwiZyI6MTc5NjY4Mzc3NjAwMDAwMH0.axc4AA.Onlc0D54m4XbNrrOiPkNR2xw3aI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5MSwiZyI6MTc5NjY4Mzc3NjAwMDAwMH0.axc4AA.Onlc0D54m4XbNrrOiPkNR2xw3aI</p>
<p>The link works until 14 Dec 2026, 22:49 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Müller, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5MSwiZyI6MTc5NjY4Mzc3NjAwMDAwMH0.axc4AA.yBpA1Pgv-RUv9wGYlAK7fTv--QA">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768610.8366.15149853068867784984@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:49:36 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:49:36.000000',1,'2026-12-07 22:49:36.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(86,'firmante105@org105.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Peña,

You asked to add Fundación por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5MiwiZyI6MTc5NjY4Mzg1MjAwMDAwMH0.axc4TA.0r07ijBSmd6vMBIPftMOtvZyN74

The link works until 14 Dec 2026, 22:50 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación por los Derechos Humanos
  Category: Organizaciones internacionales
  Location: Madrid, España
  Website: https://org105.example.org
  Signed by: Sakura Peña, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5MiwiZyI6MTc5NjY4Mzg1MjAwMDAwMH0.axc4TA.9cr6fxOLttEBV82QuPUpZjv8vG0

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Peña,</p>
<p>You asked to add <strong>Fundación por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5MiwiZyI6MTc5NjY4Mzg1MjAwMDAwMH0.axc4TA.0r07ijBSmd6vMBIPftMOtvZyN74" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5MiwiZyI6MTc5NjY4Mzg1MjAwMDAwMH0.axc4TA.0r07ijBSmd6vMBIPftMOtvZyN74</p>
<p>The link works until 14 Dec 2026, 22:50 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org105.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5MiwiZyI6MTc5NjY4Mzg1MjAwMDAwMH0.axc4TA.9cr6fxOLttEBV82QuPUpZjv8vG0">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768612.8366.116256110056911629@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:50:52 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:50:52.000000',1,'2026-12-07 22:50:52.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(87,'firmante106@org106.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Renée Núñez,

You asked to add Comité for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5MywiZyI6MTc5NjY4MzkyODAwMDAwMH0.axc4mA.4Rw3I4e4yREs8nG-ujwC41o9wVQ

The link works until 14 Dec 2026, 22:52 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité for Migrant Justice
  Category: Organizaciones de México
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Núñez, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5MywiZyI6MTc5NjY4MzkyODAwMDAwMH0.axc4mA.tzmKvm9nNg0SnFr86_tzk2BJUf8

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Núñez,</p>
<p>You asked to add <strong>Comité for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5MywiZyI6MTc5NjY4MzkyODAwMDAwMH0.axc4mA.4Rw3I4e4yREs8nG-ujwC41o9wVQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5MywiZyI6MTc5NjY4MzkyODAwMDAwMH0.axc4mA.4Rw3I4e4yREs8nG-ujwC41o9wVQ</p>
<p>The link works until 14 Dec 2026, 22:52 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5MywiZyI6MTc5NjY4MzkyODAwMDAwMH0.axc4mA.tzmKvm9nNg0SnFr86_tzk2BJUf8">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768615.8366.13679399019688136461@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:52:08 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:52:08.000000',1,'2026-12-07 22:52:08.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(88,'firmante107@org107.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Iñaki Øster,

You asked to add Institute de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5NCwiZyI6MTc5NjY4NDAwNDAwMDAwMH0.axc45A.MvCBw1v4xmLDoq4lKzqwBRU4Ujs

The link works until 14 Dec 2026, 22:53 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute de Apoyo al Migrante
  Category: Organizaciones de Centroamérica
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Øster, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5NCwiZyI6MTc5NjY4NDAwNDAwMDAwMH0.axc45A.zS9ghSdAdV_J0lWyMfKJy_ZlEBs

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Øster,</p>
<p>You asked to add <strong>Institute de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5NCwiZyI6MTc5NjY4NDAwNDAwMDAwMH0.axc45A.MvCBw1v4xmLDoq4lKzqwBRU4Ujs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5NCwiZyI6MTc5NjY4NDAwNDAwMDAwMH0.axc45A.MvCBw1v4xmLDoq4lKzqwBRU4Ujs</p>
<p>The link works until 14 Dec 2026, 22:53 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5NCwiZyI6MTc5NjY4NDAwNDAwMDAwMH0.axc45A.zS9ghSdAdV_J0lWyMfKJy_ZlEBs">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768617.8366.9906986615254709126@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:53:24 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:53:24.000000',1,'2026-12-07 22:53:24.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(89,'firmante108@org108.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana O''Brien,

You asked to add Colectivo for Refugee Rights to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5NSwiZyI6MTc5NjY4NDA0ODAwMDAwMH0.axc5EA.WPIOaYNmDrCZu5tIfpZpLqAqDso

The link works until 14 Dec 2026, 22:54 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo for Refugee Rights
  Category: Organizaciones internacionales
  Location: San Salvador, El Salvador
  Website: https://org108.example.org
  Signed by: Ana O''Brien, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5NSwiZyI6MTc5NjY4NDA0ODAwMDAwMH0.axc5EA.tVfGyFZzdEDkZpgYdTapcbB-Vz4

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana O&#39;Brien,</p>
<p>You asked to add <strong>Colectivo for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5NSwiZyI6MTc5NjY4NDA0ODAwMDAwMH0.axc5EA.WPIOaYNmDrCZu5tIfpZpLqAqDso" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5NSwiZyI6MTc5NjY4NDA0ODAwMDAwMH0.axc5EA.WPIOaYNmDrCZu5tIfpZpLqAqDso</p>
<p>The link works until 14 Dec 2026, 22:54 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org108.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5NSwiZyI6MTc5NjY4NDA0ODAwMDAwMH0.axc5EA.tVfGyFZzdEDkZpgYdTapcbB-Vz4">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768618.8366.6570305697396385666@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:54:08 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:54:08.000000',1,'2026-12-07 22:54:08.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(90,'firmante109@org109.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José 山田,

You asked to add Asociación Frontera Digna to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5NiwiZyI6MTc5NjY4NDEyNDAwMDAwMH0.axc5XA.WeK3N62jsW790feZXClxchHrIDc

The link works until 14 Dec 2026, 22:55 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación Frontera Digna
  Category: Organizaciones de México
  Location: El Paso, TX, United States
  Signed by: José 山田, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5NiwiZyI6MTc5NjY4NDEyNDAwMDAwMH0.axc5XA.AJpw-zhC1codzukI9HL8osOqiKA

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José 山田,</p>
<p>You asked to add <strong>Asociación Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5NiwiZyI6MTc5NjY4NDEyNDAwMDAwMH0.axc5XA.WeK3N62jsW790feZXClxchHrIDc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5NiwiZyI6MTc5NjY4NDEyNDAwMDAwMH0.axc5XA.WeK3N62jsW790feZXClxchHrIDc</p>
<p>The link works until 14 Dec 2026, 22:55 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José 山田, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5NiwiZyI6MTc5NjY4NDEyNDAwMDAwMH0.axc5XA.AJpw-zhC1codzukI9HL8osOqiKA">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768620.8366.4117164170482280166@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:55:24 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:55:24.000000',1,'2026-12-07 22:55:24.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(91,'firmante110@org110.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Martínez,

You asked to add Council for Border Solidarity to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5NywiZyI6MTc5NjY4NDIwMDAwMDAwMH0.axc5qA.aumuGNRfIexbYBj2XIkWcirp12U

The link works until 14 Dec 2026, 22:56 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Border Solidarity
  Category: Organizaciones de Centroamérica
  Location: Berlin, Deutschland
  Signed by: Łukasz Martínez, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5NywiZyI6MTc5NjY4NDIwMDAwMDAwMH0.axc5qA.mE57SD3_rTcZeYeOx-gJpLd-IZk

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Martínez,</p>
<p>You asked to add <strong>Council for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5NywiZyI6MTc5NjY4NDIwMDAwMDAwMH0.axc5qA.aumuGNRfIexbYBj2XIkWcirp12U" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5NywiZyI6MTc5NjY4NDIwMDAwMDAwMH0.axc5qA.aumuGNRfIexbYBj2XIkWcirp12U</p>
<p>The link works until 14 Dec 2026, 22:56 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Martínez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5NywiZyI6MTc5NjY4NDIwMDAwMDAwMH0.axc5qA.mE57SD3_rTcZeYeOx-gJpLd-IZk">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768623.8366.247884804781754130@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:56:40 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:56:40.000000',1,'2026-12-07 22:56:40.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(92,'firmante111@org111.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Haddad,

You asked to add Observatorio Jesuita con Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5OCwiZyI6MTc5NjY4NDI3NjAwMDAwMH0.axc59A.8Ew_yqedBIP-rktzUZF8CVUO_so

The link works until 14 Dec 2026, 22:57 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio Jesuita con Migrantes
  Category: Organizaciones internacionales
  Location: San Diego, CA, United States
  Website: https://org111.example.org
  Signed by: Zoë Haddad, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5OCwiZyI6MTc5NjY4NDI3NjAwMDAwMH0.axc59A.Ry4DE7WeVNaxTQUZ3BsjCJG2tm0

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Haddad,</p>
<p>You asked to add <strong>Observatorio Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5OCwiZyI6MTc5NjY4NDI3NjAwMDAwMH0.axc59A.8Ew_yqedBIP-rktzUZF8CVUO_so" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5OCwiZyI6MTc5NjY4NDI3NjAwMDAwMH0.axc59A.8Ew_yqedBIP-rktzUZF8CVUO_so</p>
<p>The link works until 14 Dec 2026, 22:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org111.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Haddad, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5OCwiZyI6MTc5NjY4NDI3NjAwMDAwMH0.axc59A.Ry4DE7WeVNaxTQUZ3BsjCJG2tm0">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768626.8366.18308684632939499829@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:57:56 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:57:56.000000',1,'2026-12-07 22:57:56.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(93,'firmante112@org112.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Dubois,

You asked to add Red for Asylum Seekers to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5OSwiZyI6MTc5NjY4NDM1MjAwMDAwMH0.axc6QA.512VwvFfWwmopeuOtkarbDQBueM

The link works until 14 Dec 2026, 22:59 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Asylum Seekers
  Category: Organizaciones de México
  Location: Tijuana, Baja California, México
  Signed by: María José Dubois, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5OSwiZyI6MTc5NjY4NDM1MjAwMDAwMH0.axc6QA.4Uqy3zapLZL_Essi7SLMwjN5ZDU

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Dubois,</p>
<p>You asked to add <strong>Red for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5OSwiZyI6MTc5NjY4NDM1MjAwMDAwMH0.axc6QA.512VwvFfWwmopeuOtkarbDQBueM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5OSwiZyI6MTc5NjY4NDM1MjAwMDAwMH0.axc6QA.512VwvFfWwmopeuOtkarbDQBueM</p>
<p>The link works until 14 Dec 2026, 22:59 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Dubois, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5OSwiZyI6MTc5NjY4NDM1MjAwMDAwMH0.axc6QA.4Uqy3zapLZL_Essi7SLMwjN5ZDU">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768629.8366.6673826330875058747@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:59:12 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:59:12.000000',1,'2026-12-07 22:59:12.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(94,'firmante113@org113.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Иванова,

You asked to add Centro Niñez sin Fronteras to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDAsImciOjE3OTY2ODQ0MjgwMDAwMDB9.axc6jA.w9utPG2pDhSaB2--TYoSlK3D2pU

The link works until 14 Dec 2026, 23:00 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro Niñez sin Fronteras
  Category: Organizaciones de Centroamérica
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Иванова, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDAsImciOjE3OTY2ODQ0MjgwMDAwMDB9.axc6jA.2D_IdPzWHjcHwL2uXpceIbmR-Qo

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Иванова,</p>
<p>You asked to add <strong>Centro Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDAsImciOjE3OTY2ODQ0MjgwMDAwMDB9.axc6jA.w9utPG2pDhSaB2--TYoSlK3D2pU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDAsImciOjE3OTY2ODQ0MjgwMDAwMDB9.axc6jA.w9utPG2pDhSaB2--TYoSlK3D2pU</p>
<p>The link works until 14 Dec 2026, 23:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Иванова, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDAsImciOjE3OTY2ODQ0MjgwMDAwMDB9.axc6jA.2D_IdPzWHjcHwL2uXpceIbmR-Qo">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768632.8366.10676966125822143153@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:00:28 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:00:28.000000',1,'2026-12-07 23:00:28.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(95,'firmante114@org114.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño García,

You asked to add Coalición for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDEsImciOjE3OTY2ODQ0NzIwMDAwMDB9.axc6uA.N-rNOQvChg5O2upPstG2JR-gV-w

The link works until 14 Dec 2026, 23:01 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición for Humane Borders
  Category: Organizaciones internacionales
  Location: Tapachula, Chiapas, México
  Website: https://org114.example.org
  Signed by: Nuño García, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDEsImciOjE3OTY2ODQ0NzIwMDAwMDB9.axc6uA.jXnn02jAA_RMquy4ONyPf6b_6k0

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño García,</p>
<p>You asked to add <strong>Coalición for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDEsImciOjE3OTY2ODQ0NzIwMDAwMDB9.axc6uA.N-rNOQvChg5O2upPstG2JR-gV-w" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDEsImciOjE3OTY2ODQ0NzIwMDAwMDB9.axc6uA.N-rNOQvChg5O2upPstG2JR-gV-w</p>
<p>The link works until 14 Dec 2026, 23:01 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org114.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño García, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDEsImciOjE3OTY2ODQ0NzIwMDAwMDB9.axc6uA.jXnn02jAA_RMquy4ONyPf6b_6k0">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768633.8366.3961601432370859756@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:01:12 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:01:12.000000',1,'2026-12-07 23:01:12.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(96,'firmante115@org115.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Müller,

You asked to add Alliance de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDIsImciOjE3OTY2ODQ1NDgwMDAwMDB9.axc7BA.aazXmk9MBT60gHYBgV1yt3fqRyc

The link works until 14 Dec 2026, 23:02 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance de Defensoras Comunitarias
  Category: Organizaciones de México
  Location: Genève, Suisse
  Signed by: Айгуль Müller, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDIsImciOjE3OTY2ODQ1NDgwMDAwMDB9.axc7BA.8IrK4vdyrw5BVHk-JWQASeXMeUM

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Müller,</p>
<p>You asked to add <strong>Alliance de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDIsImciOjE3OTY2ODQ1NDgwMDAwMDB9.axc7BA.aazXmk9MBT60gHYBgV1yt3fqRyc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDIsImciOjE3OTY2ODQ1NDgwMDAwMDB9.axc7BA.aazXmk9MBT60gHYBgV1yt3fqRyc</p>
<p>The link works until 14 Dec 2026, 23:02 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Müller, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDIsImciOjE3OTY2ODQ1NDgwMDAwMDB9.axc7BA.8IrK4vdyrw5BVHk-JWQASeXMeUM">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768636.8366.16734779273146071064@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:02:28 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:02:28.000000',1,'2026-12-07 23:02:28.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(97,'firmante116@org116.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Peña,

You asked to add Network por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDMsImciOjE3OTY2ODQ2MjQwMDAwMDB9.axc7UA.8Wqg6OwWL-lQEQGB0etyzRBqJe4

The link works until 14 Dec 2026, 23:03 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network por los Derechos Humanos
  Category: Organizaciones de Centroamérica
  Location: Tucson, AZ, United States
  Signed by: Fatima Peña, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDMsImciOjE3OTY2ODQ2MjQwMDAwMDB9.axc7UA.o5VuWjOGpZ-VWK-u0mQRRUmkVd8

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Peña,</p>
<p>You asked to add <strong>Network por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDMsImciOjE3OTY2ODQ2MjQwMDAwMDB9.axc7UA.8Wqg6OwWL-lQEQGB0etyzRBqJe4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDMsImciOjE3OTY2ODQ2MjQwMDAwMDB9.axc7UA.8Wqg6OwWL-lQEQGB0etyzRBqJe4</p>
<p>The link works until 14 Dec 2026, 23:03 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Peña, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDMsImciOjE3OTY2ODQ2MjQwMDAwMDB9.axc7UA.o5VuWjOGpZ-VWK-u0mQRRUmkVd8">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768639.8366.9576751032347351586@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:03:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:03:44.000000',1,'2026-12-07 23:03:44.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(98,'firmante117@org117.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Núñez,

You asked to add Fundación for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDQsImciOjE3OTY2ODQ3MDAwMDAwMDB9.axc7nA.ydKch3WO5miZ1bsN1Km-sy_ryNI

The link works until 14 Dec 2026, 23:05 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación for Migrant Justice
  Category: Organizaciones internacionales
  Location: Madrid, España
  Website: https://org117.example.org
  Signed by: Sakura Núñez, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDQsImciOjE3OTY2ODQ3MDAwMDAwMDB9.axc7nA.CK0Dx-mgSC_XXoH2SI7UXivHlas

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Núñez,</p>
<p>You asked to add <strong>Fundación for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDQsImciOjE3OTY2ODQ3MDAwMDAwMDB9.axc7nA.ydKch3WO5miZ1bsN1Km-sy_ryNI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDQsImciOjE3OTY2ODQ3MDAwMDAwMDB9.axc7nA.ydKch3WO5miZ1bsN1Km-sy_ryNI</p>
<p>The link works until 14 Dec 2026, 23:05 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org117.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Núñez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDQsImciOjE3OTY2ODQ3MDAwMDAwMDB9.axc7nA.CK0Dx-mgSC_XXoH2SI7UXivHlas">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768641.8366.1999228466056435041@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:05:00 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:05:00.000000',1,'2026-12-07 23:05:00.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(99,'firmante118@org118.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Renée Øster,

You asked to add Comité de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDUsImciOjE3OTY2ODQ3NzYwMDAwMDB9.axc76A.uaFV8xAHzKsSJQnnU8u8wpHP-3M

The link works until 14 Dec 2026, 23:06 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité de Apoyo al Migrante
  Category: Organizaciones de México
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Øster, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDUsImciOjE3OTY2ODQ3NzYwMDAwMDB9.axc76A.CVkb-FIIl-dqMHsmPtSy5zbPYfs

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Øster,</p>
<p>You asked to add <strong>Comité de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDUsImciOjE3OTY2ODQ3NzYwMDAwMDB9.axc76A.uaFV8xAHzKsSJQnnU8u8wpHP-3M" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDUsImciOjE3OTY2ODQ3NzYwMDAwMDB9.axc76A.uaFV8xAHzKsSJQnnU8u8wpHP-3M</p>
<p>The link works until 14 Dec 2026, 23:06 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Øster, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDUsImciOjE3OTY2ODQ3NzYwMDAwMDB9.axc76A.CVkb-FIIl-dqMHsmPtSy5zbPYfs">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768643.8366.6890389861074454969@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:06:16 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:06:16.000000',1,'2026-12-07 23:06:16.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(100,'firmante119@org119.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Iñaki O''Brien,

You asked to add Institute for Refugee Rights to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDYsImciOjE3OTY2ODQ4NTIwMDAwMDB9.axc8NA.SC0HqvR8-RPr3ZxZseJ5OQShVfs

The link works until 14 Dec 2026, 23:07 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute for Refugee Rights
  Category: Organizaciones de Centroamérica
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki O''Brien, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDYsImciOjE3OTY2ODQ4NTIwMDAwMDB9.axc8NA.rEaQPAFEQFqmRfBg7tYxQ2NuWIQ

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki O&#39;Brien,</p>
<p>You asked to add <strong>Institute for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDYsImciOjE3OTY2ODQ4NTIwMDAwMDB9.axc8NA.SC0HqvR8-RPr3ZxZseJ5OQShVfs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDYsImciOjE3OTY2ODQ4NTIwMDAwMDB9.axc8NA.SC0HqvR8-RPr3ZxZseJ5OQShVfs</p>
<p>The link works until 14 Dec 2026, 23:07 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki O&#39;Brien, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDYsImciOjE3OTY2ODQ4NTIwMDAwMDB9.axc8NA.rEaQPAFEQFqmRfBg7tYxQ2NuWIQ">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768645.8366.15542453143153101318@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:07:32 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:07:32.000000',1,'2026-12-07 23:07:32.000000',NULL,'','2026-12-07 23:21:52.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(101,'firmante120@org120.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana 山田,

You asked to add Colectivo Frontera Digna to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDcsImciOjE3OTY2ODQ4OTYwMDAwMDB9.axc8YA.J1zsP5_8lgC-S3nLKkPY_gFFM_E

The link works until 14 Dec 2026, 23:08 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo Frontera Digna
  Category: Organizaciones internacionales
  Location: San Salvador, El Salvador
  Website: https://org120.example.org
  Signed by: Ana 山田, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDcsImciOjE3OTY2ODQ4OTYwMDAwMDB9.axc8YA.XfOXePso6DOoJEMBZU9MAul2EWM

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana 山田,</p>
<p>You asked to add <strong>Colectivo Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDcsImciOjE3OTY2ODQ4OTYwMDAwMDB9.axc8YA.J1zsP5_8lgC-S3nLKkPY_gFFM_E" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDcsImciOjE3OTY2ODQ4OTYwMDAwMDB9.axc8YA.J1zsP5_8lgC-S3nLKkPY_gFFM_E</p>
<p>The link works until 14 Dec 2026, 23:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org120.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana 山田, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDcsImciOjE3OTY2ODQ4OTYwMDAwMDB9.axc8YA.XfOXePso6DOoJEMBZU9MAul2EWM">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768646.8366.13273037955977379836@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:08:16 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:08:16.000000',1,'2026-12-07 23:08:16.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(102,'firmante121@org121.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José Martínez,

You asked to add Asociación for Border Solidarity to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDgsImciOjE3OTY2ODQ5NzIwMDAwMDB9.axc8rA.D-27JJ344HXO9gKjnIiVXrW_xhg

The link works until 14 Dec 2026, 23:09 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Border Solidarity
  Category: Organizaciones de México
  Location: El Paso, TX, United States
  Signed by: José Martínez, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDgsImciOjE3OTY2ODQ5NzIwMDAwMDB9.axc8rA._8Xs14yj8kQdkH2A7s3Ue0lqAV0

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Martínez,</p>
<p>You asked to add <strong>Asociación for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDgsImciOjE3OTY2ODQ5NzIwMDAwMDB9.axc8rA.D-27JJ344HXO9gKjnIiVXrW_xhg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDgsImciOjE3OTY2ODQ5NzIwMDAwMDB9.axc8rA.D-27JJ344HXO9gKjnIiVXrW_xhg</p>
<p>The link works until 14 Dec 2026, 23:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Martínez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDgsImciOjE3OTY2ODQ5NzIwMDAwMDB9.axc8rA._8Xs14yj8kQdkH2A7s3Ue0lqAV0">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768648.8366.3708046412579884032@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:09:32 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:09:32.000000',1,'2026-12-07 23:09:32.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(103,'firmante122@org122.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Haddad,

You asked to add Council Jesuita con Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDksImciOjE3OTY2ODUwNDgwMDAwMDB9.axc8-A.UdpHEbeycu44ChdkahNpevJiJjc

The link works until 14 Dec 2026, 23:10 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council Jesuita con Migrantes
  Category: Organizaciones de Centroamérica
  Location: Berlin, Deutschland
  Signed by: Łukasz Haddad, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDksImciOjE3OTY2ODUwNDgwMDAwMDB9.axc8-A.mRiIWRtWnVK_PZmBDIH0mPNuyiM

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Haddad,</p>
<p>You asked to add <strong>Council Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDksImciOjE3OTY2ODUwNDgwMDAwMDB9.axc8-A.UdpHEbeycu44ChdkahNpevJiJjc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDksImciOjE3OTY2ODUwNDgwMDAwMDB9.axc8-A.UdpHEbeycu44ChdkahNpevJiJjc</p>
<p>The link works until 14 Dec 2026, 23:10 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Haddad, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDksImciOjE3OTY2ODUwNDgwMDAwMDB9.axc8-A.mRiIWRtWnVK_PZmBDIH0mPNuyiM">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768650.8366.14183416305115480860@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:10:48 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:10:48.000000',1,'2026-12-07 23:10:48.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(104,'firmante123@org123.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Dubois,

You asked to add Observatorio de Mujeres Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTAsImciOjE3OTY2ODUxMjQwMDAwMDB9.axc9RA.0SteOoucOJFZXG5ftGTgeo_-Bhc

The link works until 14 Dec 2026, 23:12 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio de Mujeres Migrantes
  Category: Organizaciones internacionales
  Location: San Diego, CA, United States
  Website: https://org123.example.org
  Signed by: Zoë Dubois, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTAsImciOjE3OTY2ODUxMjQwMDAwMDB9.axc9RA.LGHy_hieKy0dSSAC-fwnezs5GH4

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Dubois,</p>
<p>You asked to add <strong>Observatorio de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTAsImciOjE3OTY2ODUxMjQwMDAwMDB9.axc9RA.0SteOoucOJFZXG5ftGTgeo_-Bhc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTAsImciOjE3OTY2ODUxMjQwMDAwMDB9.axc9RA.0SteOoucOJFZXG5ftGTgeo_-Bhc</p>
<p>The link works until 14 Dec 2026, 23:12 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org123.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Dubois, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTAsImciOjE3OTY2ODUxMjQwMDAwMDB9.axc9RA.LGHy_hieKy0dSSAC-fwnezs5GH4">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768652.8366.5250637289786749795@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:12:04 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:12:04.000000',1,'2026-12-07 23:12:04.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(105,'firmante124@org124.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Иванова,

You asked to add Red Niñez sin Fronteras to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTEsImciOjE3OTY2ODUyMDAwMDAwMDB9.axc9kA.6wuieveewhUS1m25nIXuuz4xJyg

The link works until 14 Dec 2026, 23:13 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red Niñez sin Fronteras
  Category: Organizaciones de México
  Location: Tijuana, Baja California, México
  Signed by: María José Иванова, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTEsImciOjE3OTY2ODUyMDAwMDAwMDB9.axc9kA.7eRxKznHCwRQ_rHcwa3rRFIzaaM

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Иванова,</p>
<p>You asked to add <strong>Red Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTEsImciOjE3OTY2ODUyMDAwMDAwMDB9.axc9kA.6wuieveewhUS1m25nIXuuz4xJyg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTEsImciOjE3OTY2ODUyMDAwMDAwMDB9.axc9kA.6wuieveewhUS1m25nIXuuz4xJyg</p>
<p>The link works until 14 Dec 2026, 23:13 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Иванова, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTEsImciOjE3OTY2ODUyMDAwMDAwMDB9.axc9kA.7eRxKznHCwRQ_rHcwa3rRFIzaaM">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768654.8366.459886279537334765@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:13:20 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:13:20.000000',1,'2026-12-07 23:13:20.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(106,'firmante125@org125.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile García,

You asked to add Centro for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTIsImciOjE3OTY2ODUyNzYwMDAwMDB9.axc93A.CKpmhXDMeMOaXmQxdiOKAAZPCGA

The link works until 14 Dec 2026, 23:14 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Humane Borders
  Category: Organizaciones de Centroamérica
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile García, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTIsImciOjE3OTY2ODUyNzYwMDAwMDB9.axc93A.7_juUvRhWornH3zRMnY1nY_ahSo

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile García,</p>
<p>You asked to add <strong>Centro for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTIsImciOjE3OTY2ODUyNzYwMDAwMDB9.axc93A.CKpmhXDMeMOaXmQxdiOKAAZPCGA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTIsImciOjE3OTY2ODUyNzYwMDAwMDB9.axc93A.CKpmhXDMeMOaXmQxdiOKAAZPCGA</p>
<p>The link works until 14 Dec 2026, 23:14 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile García, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTIsImciOjE3OTY2ODUyNzYwMDAwMDB9.axc93A.7_juUvRhWornH3zRMnY1nY_ahSo">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768657.8366.14680473225042139562@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:14:36 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:14:36.000000',1,'2026-12-07 23:14:36.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(107,'firmante126@org126.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño Müller,

You asked to add Coalición de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTMsImciOjE3OTY2ODUzMjAwMDAwMDB9.axc-CA.8_8XOa2u3v1NuwXZhMr5oIzJPng

The link works until 14 Dec 2026, 23:15 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición de Defensoras Comunitarias
  Category: Organizaciones internacionales
  Location: Tapachula, Chiapas, México
  Website: https://org126.example.org
  Signed by: Nuño Müller, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTMsImciOjE3OTY2ODUzMjAwMDAwMDB9.axc-CA.vA86E0mX9oTJZeVnMvD5eACTNck

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Müller,</p>
<p>You asked to add <strong>Coalición de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTMsImciOjE3OTY2ODUzMjAwMDAwMDB9.axc-CA.8_8XOa2u3v1NuwXZhMr5oIzJPng" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTMsImciOjE3OTY2ODUzMjAwMDAwMDB9.axc-CA.8_8XOa2u3v1NuwXZhMr5oIzJPng</p>
<p>The link works until 14 Dec 2026, 23:15 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org126.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTMsImciOjE3OTY2ODUzMjAwMDAwMDB9.axc-CA.vA86E0mX9oTJZeVnMvD5eACTNck">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768658.8366.5259804364813769699@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:15:20 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:15:20.000000',1,'2026-12-07 23:15:20.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(108,'firmante127@org127.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Peña,

You asked to add Alliance por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTQsImciOjE3OTY2ODUzOTYwMDAwMDB9.axc-VA.9TyhK1jrBInhM2bmLwS9uWJwC-E

The link works until 14 Dec 2026, 23:16 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance por los Derechos Humanos
  Category: Organizaciones de México
  Location: Genève, Suisse
  Signed by: Айгуль Peña, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTQsImciOjE3OTY2ODUzOTYwMDAwMDB9.axc-VA.dTgr3-fMsHkiKweg46O1OCiA6Gs

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Peña,</p>
<p>You asked to add <strong>Alliance por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTQsImciOjE3OTY2ODUzOTYwMDAwMDB9.axc-VA.9TyhK1jrBInhM2bmLwS9uWJwC-E" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTQsImciOjE3OTY2ODUzOTYwMDAwMDB9.axc-VA.9TyhK1jrBInhM2bmLwS9uWJwC-E</p>
<p>The link works until 14 Dec 2026, 23:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTQsImciOjE3OTY2ODUzOTYwMDAwMDB9.axc-VA.dTgr3-fMsHkiKweg46O1OCiA6Gs">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768661.8366.2215697375786656343@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:16:36 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:16:36.000000',1,'2026-12-07 23:16:36.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(109,'firmante128@org128.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Núñez,

You asked to add Network for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTUsImciOjE3OTY2ODU0NzIwMDAwMDB9.axc-oA.qD5zCKoz7oWmm1Gp7z8tytGc0Yc

The link works until 14 Dec 2026, 23:17 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network for Migrant Justice
  Category: Organizaciones de Centroamérica
  Location: Tucson, AZ, United States
  Signed by: Fatima Núñez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTUsImciOjE3OTY2ODU0NzIwMDAwMDB9.axc-oA.RW84y4W20QxsWlmG8r2toP1wc9c

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Núñez,</p>
<p>You asked to add <strong>Network for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTUsImciOjE3OTY2ODU0NzIwMDAwMDB9.axc-oA.qD5zCKoz7oWmm1Gp7z8tytGc0Yc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTUsImciOjE3OTY2ODU0NzIwMDAwMDB9.axc-oA.qD5zCKoz7oWmm1Gp7z8tytGc0Yc</p>
<p>The link works until 14 Dec 2026, 23:17 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTUsImciOjE3OTY2ODU0NzIwMDAwMDB9.axc-oA.RW84y4W20QxsWlmG8r2toP1wc9c">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768664.8366.16638624727163175416@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:17:52 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:17:52.000000',1,'2026-12-07 23:17:52.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(110,'firmante129@org129.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Øster,

You asked to add Fundación de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTYsImciOjE3OTY2ODU1NDgwMDAwMDB9.axc-7A.EIJE4lvczd_JX60kUHBZa7uWaiI

The link works until 14 Dec 2026, 23:19 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación de Apoyo al Migrante
  Category: Organizaciones internacionales
  Location: Madrid, España
  Website: https://org129.example.org
  Signed by: Sakura Øster, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTYsImciOjE3OTY2ODU1NDgwMDAwMDB9.axc-7A.VROAQAr4cfykggxtJmq4X_q6sjc

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Øster,</p>
<p>You asked to add <strong>Fundación de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTYsImciOjE3OTY2ODU1NDgwMDAwMDB9.axc-7A.EIJE4lvczd_JX60kUHBZa7uWaiI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTYsImciOjE3OTY2ODU1NDgwMDAwMDB9.axc-7A.EIJE4lvczd_JX60kUHBZa7uWaiI</p>
<p>The link works until 14 Dec 2026, 23:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org129.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTYsImciOjE3OTY2ODU1NDgwMDAwMDB9.axc-7A.VROAQAr4cfykggxtJmq4X_q6sjc">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768667.8366.5812859455311400553@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:19:08 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:19:08.000000',1,'2026-12-07 23:19:08.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(111,'rebote@casasaltillo.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Alberto Xicoténcatl,

You asked to add Casa del Migrante Saltillo to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTcsImciOjE3OTY2ODU2MjQwMDAwMDB9.axc_OA.JnjymhIt0ZLM3tb-A5nJ1HsOs0E

The link works until 14 Dec 2026, 23:20 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Casa del Migrante Saltillo
  Category: State and Local Organizations
  Location: Saltillo, Coahuila, México
  Signed by: Alberto Xicoténcatl, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTcsImciOjE3OTY2ODU2MjQwMDAwMDB9.axc_OA.-RxCF2E_fv-8HXQZDk3QEGAlBqc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Alberto Xicoténcatl,</p>
<p>You asked to add <strong>Casa del Migrante Saltillo</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTcsImciOjE3OTY2ODU2MjQwMDAwMDB9.axc_OA.JnjymhIt0ZLM3tb-A5nJ1HsOs0E" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTcsImciOjE3OTY2ODU2MjQwMDAwMDB9.axc_OA.JnjymhIt0ZLM3tb-A5nJ1HsOs0E</p>
<p>The link works until 14 Dec 2026, 23:20 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Casa del Migrante Saltillo</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Saltillo, Coahuila, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Alberto Xicoténcatl, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTcsImciOjE3OTY2ODU2MjQwMDAwMDB9.axc_OA.-RxCF2E_fv-8HXQZDk3QEGAlBqc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768670.8366.10290655988281722008@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:20:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 23:20:24.000000',1,'2026-12-07 23:20:24.000000',NULL,'recipient refused: {''rebote@casasaltillo.example.org'': (550, b''5.1.1 No such mailbox here'')}',NULL,'2026-12-08 00:48:12.000000','');
INSERT INTO "outbox_message" VALUES(112,'ivan@another.example.org','Your organization has already signed: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello,

Someone using this address asked to add "ПРАВОЗАЩИТНЫЙ ЦЕНТР «МЕМОРИАЛ»" to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

Правозащитный центр «Мемориал» is already on the list of signatories,
so nothing more is needed.

Each organization can sign once. If the listing is wrong, or you need to
change who signed for your organization, write to the coordinators:
coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Your organization has already signed</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>Someone using this address asked to add “ПРАВОЗАЩИТНЫЙ ЦЕНТР «МЕМОРИАЛ»” to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><strong>Правозащитный центр «Мемориал»</strong> is already on the list of signatories, so nothing more is needed.
</p>
<p>Each organization can sign once. If the listing is wrong, or you need to change who signed for your organization, write to the coordinators: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667768672.8366.6603484375548598690@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:21:08 +0000", "Auto-Submitted": "auto-generated"}','already_signed',1,'2026-12-07 23:21:08.000000',1,'2026-12-07 23:21:08.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(113,'firmante004@org004.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José García,

You asked to add The Border Justice Project to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMSwiZyI6MTc5NjY3ODAxNjAwMDAwMH0.axdNpQ.EWAtegbAHVKpcRpksvCHSy_3ilk

The link works until 15 Dec 2026, 00:21 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: The Border Justice Project
  Category: State and Local Organizations
  Location: Washington, DC, United States
  Signed by: María José García, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMSwiZyI6MTc5NjY3ODAxNjAwMDAwMH0.axdNpQ.PV6IdPv5Q1k3RHBxfwovbKE7IbM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José García,</p>
<p>You asked to add <strong>The Border Justice Project</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMSwiZyI6MTc5NjY3ODAxNjAwMDAwMH0.axdNpQ.EWAtegbAHVKpcRpksvCHSy_3ilk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMSwiZyI6MTc5NjY3ODAxNjAwMDAwMH0.axdNpQ.EWAtegbAHVKpcRpksvCHSy_3ilk</p>
<p>The link works until 15 Dec 2026, 00:21 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>The Border Justice Project</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José García, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMSwiZyI6MTc5NjY3ODAxNjAwMDAwMH0.axdNpQ.PV6IdPv5Q1k3RHBxfwovbKE7IbM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768757.8366.8458723027000071187@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:21:57 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:21:57.000000',1,'2026-12-08 00:21:57.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(114,'firmante013@org013.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Dubois,

You asked to add Centro de Derechos Humanos Fray Matías de Córdova to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMCwiZyI6MTc5NjY3ODY2ODAwMDAwMH0.axdNqA.-SExpHqnm4iDoUEd97V31Qxvom8

The link works until 15 Dec 2026, 00:22 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Derechos Humanos Fray Matías de Córdova
  Category: State and Local Organizations
  Location: Tapachula, Chiapas, México
  Signed by: José Dubois, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyMCwiZyI6MTc5NjY3ODY2ODAwMDAwMH0.axdNqA.E-A9S8eplP2GVOwgHt-AxTRyVxs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Dubois,</p>
<p>You asked to add <strong>Centro de Derechos Humanos Fray Matías de Córdova</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMCwiZyI6MTc5NjY3ODY2ODAwMDAwMH0.axdNqA.-SExpHqnm4iDoUEd97V31Qxvom8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMCwiZyI6MTc5NjY3ODY2ODAwMDAwMH0.axdNqA.-SExpHqnm4iDoUEd97V31Qxvom8</p>
<p>The link works until 15 Dec 2026, 00:22 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Derechos Humanos Fray Matías de Córdova</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyMCwiZyI6MTc5NjY3ODY2ODAwMDAwMH0.axdNqA.E-A9S8eplP2GVOwgHt-AxTRyVxs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768758.8366.11290510999730112576@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:22:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:22:00.000000',1,'2026-12-08 00:22:00.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(115,'firmante080@org080.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Иванова,

You asked to add Network Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTgsImciOjE3OTY2ODkzNjQwMDAwMDB9.axdN1A.qOzcscmADax3XD7xcJlSbi0g0HM

The link works until 15 Dec 2026, 00:22 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network Niñez sin Fronteras
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima Иванова, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTgsImciOjE3OTY2ODkzNjQwMDAwMDB9.axdN1A.5NBChhbqSji9xM4I2WfldchzKAA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Иванова,</p>
<p>You asked to add <strong>Network Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTgsImciOjE3OTY2ODkzNjQwMDAwMDB9.axdN1A.qOzcscmADax3XD7xcJlSbi0g0HM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTgsImciOjE3OTY2ODkzNjQwMDAwMDB9.axdN1A.qOzcscmADax3XD7xcJlSbi0g0HM</p>
<p>The link works until 15 Dec 2026, 00:22 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Иванова, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTgsImciOjE3OTY2ODkzNjQwMDAwMDB9.axdN1A.5NBChhbqSji9xM4I2WfldchzKAA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768759.8366.8307303420274764889@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:22:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:22:44.000000',1,'2026-12-08 00:22:44.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(116,'firmante081@org081.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura García,

You asked to add Fundación for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTksImciOjE3OTY2ODk0NDAwMDAwMDB9.axdOIA.2XuSBy2C0VJHYup_KLwHpHDrRDk

The link works until 15 Dec 2026, 00:24 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación for Humane Borders
  Category: National Organizations
  Location: Madrid, España
  Website: https://org081.example.org
  Signed by: Sakura García, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTksImciOjE3OTY2ODk0NDAwMDAwMDB9.axdOIA.kNyPgujpXTrQVwA9Q8CO5QnMqaQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura García,</p>
<p>You asked to add <strong>Fundación for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTksImciOjE3OTY2ODk0NDAwMDAwMDB9.axdOIA.2XuSBy2C0VJHYup_KLwHpHDrRDk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTksImciOjE3OTY2ODk0NDAwMDAwMDB9.axdOIA.2XuSBy2C0VJHYup_KLwHpHDrRDk</p>
<p>The link works until 15 Dec 2026, 00:24 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org081.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura García, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTksImciOjE3OTY2ODk0NDAwMDAwMDB9.axdOIA.kNyPgujpXTrQVwA9Q8CO5QnMqaQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768761.8366.16480123367131181670@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:24:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:24:00.000000',1,'2026-12-08 00:24:00.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(117,'firmante082@org082.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Müller,

You asked to add Comité de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjAsImciOjE3OTY2ODk0ODQwMDAwMDB9.axdOTA.Iyq231RT_TShVVc46RFzPTBNENI

The link works until 15 Dec 2026, 00:24 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité de Defensoras Comunitarias
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Müller, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjAsImciOjE3OTY2ODk0ODQwMDAwMDB9.axdOTA.HsYEv19xo2zrFEHLxhPeQnMFjWM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Müller,</p>
<p>You asked to add <strong>Comité de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjAsImciOjE3OTY2ODk0ODQwMDAwMDB9.axdOTA.Iyq231RT_TShVVc46RFzPTBNENI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjAsImciOjE3OTY2ODk0ODQwMDAwMDB9.axdOTA.Iyq231RT_TShVVc46RFzPTBNENI</p>
<p>The link works until 15 Dec 2026, 00:24 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjAsImciOjE3OTY2ODk0ODQwMDAwMDB9.axdOTA.HsYEv19xo2zrFEHLxhPeQnMFjWM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768762.8366.5530180798432428742@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:24:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:24:44.000000',1,'2026-12-08 00:24:44.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(118,'firmante083@org083.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Peña,

You asked to add Institute por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjEsImciOjE3OTY2ODk1MjgwMDAwMDB9.axdOeA.jz4PvMxWGIEj21JO3sDHdkD5ZTg

The link works until 15 Dec 2026, 00:25 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute por los Derechos Humanos
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Peña, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjEsImciOjE3OTY2ODk1MjgwMDAwMDB9.axdOeA.clHK7T0JooiV4N-GU7F-2zKw5vQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Peña,</p>
<p>You asked to add <strong>Institute por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjEsImciOjE3OTY2ODk1MjgwMDAwMDB9.axdOeA.jz4PvMxWGIEj21JO3sDHdkD5ZTg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjEsImciOjE3OTY2ODk1MjgwMDAwMDB9.axdOeA.jz4PvMxWGIEj21JO3sDHdkD5ZTg</p>
<p>The link works until 15 Dec 2026, 00:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjEsImciOjE3OTY2ODk1MjgwMDAwMDB9.axdOeA.clHK7T0JooiV4N-GU7F-2zKw5vQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768763.8366.15934711814644581315@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:25:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:25:28.000000',1,'2026-12-08 00:25:28.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(119,'firmante084@org084.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Núñez,

You asked to add Colectivo for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjIsImciOjE3OTY2ODk1NzIwMDAwMDB9.axdOpA.HfkvIptVw2yz51T1HavKTfOoPcw

The link works until 15 Dec 2026, 00:26 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo for Migrant Justice
  Category: National Organizations
  Location: San Salvador, El Salvador
  Website: https://org084.example.org
  Signed by: Ana Núñez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjIsImciOjE3OTY2ODk1NzIwMDAwMDB9.axdOpA.XjmOdxD1xx_6UdGrIdmEd12-rXY

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Núñez,</p>
<p>You asked to add <strong>Colectivo for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjIsImciOjE3OTY2ODk1NzIwMDAwMDB9.axdOpA.HfkvIptVw2yz51T1HavKTfOoPcw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjIsImciOjE3OTY2ODk1NzIwMDAwMDB9.axdOpA.HfkvIptVw2yz51T1HavKTfOoPcw</p>
<p>The link works until 15 Dec 2026, 00:26 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org084.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjIsImciOjE3OTY2ODk1NzIwMDAwMDB9.axdOpA.XjmOdxD1xx_6UdGrIdmEd12-rXY">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768765.8366.1993811242422365644@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:26:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:26:12.000000',1,'2026-12-08 00:26:12.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(120,'firmante085@org085.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Øster,

You asked to add Asociación de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjMsImciOjE3OTY2ODk2NDgwMDAwMDB9.axdO8A.sYVbjd2dKInjjjIzQjiW_Fh-MaI

The link works until 15 Dec 2026, 00:27 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación de Apoyo al Migrante
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José Øster, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjMsImciOjE3OTY2ODk2NDgwMDAwMDB9.axdO8A.0p9ZOlpOzeT_3pHFesPLJdA9TY8

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Øster,</p>
<p>You asked to add <strong>Asociación de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjMsImciOjE3OTY2ODk2NDgwMDAwMDB9.axdO8A.sYVbjd2dKInjjjIzQjiW_Fh-MaI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjMsImciOjE3OTY2ODk2NDgwMDAwMDB9.axdO8A.sYVbjd2dKInjjjIzQjiW_Fh-MaI</p>
<p>The link works until 15 Dec 2026, 00:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjMsImciOjE3OTY2ODk2NDgwMDAwMDB9.axdO8A.0p9ZOlpOzeT_3pHFesPLJdA9TY8">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768767.8366.4121367063746479456@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:27:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:27:28.000000',1,'2026-12-08 00:27:28.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(121,'firmante086@org086.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz O''Brien,

You asked to add Council for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjQsImciOjE3OTY2ODk2OTIwMDAwMDB9.axdPHA.6pbYZG7AQoblu5MDObawN0HDdw0

The link works until 15 Dec 2026, 00:28 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Refugee Rights
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz O''Brien, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjQsImciOjE3OTY2ODk2OTIwMDAwMDB9.axdPHA.k1_5ukoKA-lZ16Lo3vCDqCVOIuU

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz O&#39;Brien,</p>
<p>You asked to add <strong>Council for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjQsImciOjE3OTY2ODk2OTIwMDAwMDB9.axdPHA.6pbYZG7AQoblu5MDObawN0HDdw0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjQsImciOjE3OTY2ODk2OTIwMDAwMDB9.axdPHA.6pbYZG7AQoblu5MDObawN0HDdw0</p>
<p>The link works until 15 Dec 2026, 00:28 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjQsImciOjE3OTY2ODk2OTIwMDAwMDB9.axdPHA.k1_5ukoKA-lZ16Lo3vCDqCVOIuU">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768768.8366.12512132563891883315@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:28:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:28:12.000000',1,'2026-12-08 00:28:12.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(122,'firmante087@org087.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë 山田,

You asked to add Observatorio Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjUsImciOjE3OTY2ODk3MzYwMDAwMDB9.axdPSA.hZFxujNMjTHAo3hoIXZozUYPGJw

The link works until 15 Dec 2026, 00:28 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio Frontera Digna
  Category: National Organizations
  Location: San Diego, CA, United States
  Website: https://org087.example.org
  Signed by: Zoë 山田, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjUsImciOjE3OTY2ODk3MzYwMDAwMDB9.axdPSA.TqlCN4PZGUiIPzDjHSbLdeOQOmM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë 山田,</p>
<p>You asked to add <strong>Observatorio Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjUsImciOjE3OTY2ODk3MzYwMDAwMDB9.axdPSA.hZFxujNMjTHAo3hoIXZozUYPGJw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjUsImciOjE3OTY2ODk3MzYwMDAwMDB9.axdPSA.hZFxujNMjTHAo3hoIXZozUYPGJw</p>
<p>The link works until 15 Dec 2026, 00:28 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org087.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë 山田, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjUsImciOjE3OTY2ODk3MzYwMDAwMDB9.axdPSA.TqlCN4PZGUiIPzDjHSbLdeOQOmM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768769.8366.17990926012623361411@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:28:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:28:56.000000',1,'2026-12-08 00:28:56.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(123,'firmante088@org088.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Martínez,

You asked to add Red Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjYsImciOjE3OTY2ODk3ODAwMDAwMDB9.axdPdA.L_Pidu7c5_DUXf9AupFkgGpadzQ

The link works until 15 Dec 2026, 00:29 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red Jesuita con Migrantes
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Martínez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjYsImciOjE3OTY2ODk3ODAwMDAwMDB9.axdPdA.pAN7vLcDr3AHctM-KEybis5JuOE

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Martínez,</p>
<p>You asked to add <strong>Red Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjYsImciOjE3OTY2ODk3ODAwMDAwMDB9.axdPdA.L_Pidu7c5_DUXf9AupFkgGpadzQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjYsImciOjE3OTY2ODk3ODAwMDAwMDB9.axdPdA.L_Pidu7c5_DUXf9AupFkgGpadzQ</p>
<p>The link works until 15 Dec 2026, 00:29 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjYsImciOjE3OTY2ODk3ODAwMDAwMDB9.axdPdA.pAN7vLcDr3AHctM-KEybis5JuOE">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768770.8366.6431744656828150860@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:29:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:29:40.000000',1,'2026-12-08 00:29:40.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(124,'firmante089@org089.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Haddad,

You asked to add Centro de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjcsImciOjE3OTY2ODk4NTYwMDAwMDB9.axdPwA.p4pqvOxql2EsRGaXfxuvSbZOSaM

The link works until 15 Dec 2026, 00:30 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Mujeres Migrantes
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Haddad, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjcsImciOjE3OTY2ODk4NTYwMDAwMDB9.axdPwA.pbOd857sQrU1M8OODhNJVyVnipI

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Haddad,</p>
<p>You asked to add <strong>Centro de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjcsImciOjE3OTY2ODk4NTYwMDAwMDB9.axdPwA.p4pqvOxql2EsRGaXfxuvSbZOSaM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjcsImciOjE3OTY2ODk4NTYwMDAwMDB9.axdPwA.p4pqvOxql2EsRGaXfxuvSbZOSaM</p>
<p>The link works until 15 Dec 2026, 00:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjcsImciOjE3OTY2ODk4NTYwMDAwMDB9.axdPwA.pbOd857sQrU1M8OODhNJVyVnipI">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768772.8366.4376901686844094859@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:30:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:30:56.000000',1,'2026-12-08 00:30:56.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(125,'firmante090@org090.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Dubois,

You asked to add Coalición for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjgsImciOjE3OTY2ODk5MDAwMDAwMDB9.axdP7A.WkoSimqzAosPIFdLbiOq6rxdvjY

The link works until 15 Dec 2026, 00:31 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición for Asylum Seekers
  Category: National Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org090.example.org
  Signed by: Nuño Dubois, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjgsImciOjE3OTY2ODk5MDAwMDAwMDB9.axdP7A.KuvIQKwFy113hXi08dCsth6IdtM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Dubois,</p>
<p>You asked to add <strong>Coalición for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjgsImciOjE3OTY2ODk5MDAwMDAwMDB9.axdP7A.WkoSimqzAosPIFdLbiOq6rxdvjY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjgsImciOjE3OTY2ODk5MDAwMDAwMDB9.axdP7A.WkoSimqzAosPIFdLbiOq6rxdvjY</p>
<p>The link works until 15 Dec 2026, 00:31 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org090.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjgsImciOjE3OTY2ODk5MDAwMDAwMDB9.axdP7A.KuvIQKwFy113hXi08dCsth6IdtM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768773.8366.4578614264295636138@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:31:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:31:40.000000',1,'2026-12-08 00:31:40.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(126,'firmante091@org091.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Иванова,

You asked to add Alliance Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjksImciOjE3OTY2ODk5NDQwMDAwMDB9.axdQGA.Y2H5SBPnz-za0dSa8gJzPlHpIOk

The link works until 15 Dec 2026, 00:32 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance Niñez sin Fronteras
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Иванова, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjksImciOjE3OTY2ODk5NDQwMDAwMDB9.axdQGA.q0wKiWfqOGCNOtfjU3HxWYYi8EE

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Иванова,</p>
<p>You asked to add <strong>Alliance Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjksImciOjE3OTY2ODk5NDQwMDAwMDB9.axdQGA.Y2H5SBPnz-za0dSa8gJzPlHpIOk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjksImciOjE3OTY2ODk5NDQwMDAwMDB9.axdQGA.Y2H5SBPnz-za0dSa8gJzPlHpIOk</p>
<p>The link works until 15 Dec 2026, 00:32 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjksImciOjE3OTY2ODk5NDQwMDAwMDB9.axdQGA.q0wKiWfqOGCNOtfjU3HxWYYi8EE">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768774.8366.13810653743968079479@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:32:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:32:24.000000',1,'2026-12-08 00:32:24.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(127,'firmante092@org092.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima García,

You asked to add Network for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzAsImciOjE3OTY2ODk5ODgwMDAwMDB9.axdQRA.9rptOc6Br_PXERrh_Flj54uwn5Y

The link works until 15 Dec 2026, 00:33 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network for Humane Borders
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima García, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzAsImciOjE3OTY2ODk5ODgwMDAwMDB9.axdQRA.G0x_8qBZwSJTUjKaVbWrj6ED2l4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima García,</p>
<p>You asked to add <strong>Network for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzAsImciOjE3OTY2ODk5ODgwMDAwMDB9.axdQRA.9rptOc6Br_PXERrh_Flj54uwn5Y" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzAsImciOjE3OTY2ODk5ODgwMDAwMDB9.axdQRA.9rptOc6Br_PXERrh_Flj54uwn5Y</p>
<p>The link works until 15 Dec 2026, 00:33 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima García, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzAsImciOjE3OTY2ODk5ODgwMDAwMDB9.axdQRA.G0x_8qBZwSJTUjKaVbWrj6ED2l4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768775.8366.4844572708605006505@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:33:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:33:08.000000',1,'2026-12-08 00:33:08.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(128,'firmante093@org093.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Müller,

You asked to add Fundación de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzEsImciOjE3OTY2OTAwNjQwMDAwMDB9.axdQkA.tw1qhaVtjEQCblO35iHZr0vplfI

The link works until 15 Dec 2026, 00:34 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación de Defensoras Comunitarias
  Category: National Organizations
  Location: Madrid, España
  Website: https://org093.example.org
  Signed by: Sakura Müller, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzEsImciOjE3OTY2OTAwNjQwMDAwMDB9.axdQkA.E78-2onK7xwAsL3qijODlkWnZtk

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Müller,</p>
<p>You asked to add <strong>Fundación de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzEsImciOjE3OTY2OTAwNjQwMDAwMDB9.axdQkA.tw1qhaVtjEQCblO35iHZr0vplfI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzEsImciOjE3OTY2OTAwNjQwMDAwMDB9.axdQkA.tw1qhaVtjEQCblO35iHZr0vplfI</p>
<p>The link works until 15 Dec 2026, 00:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org093.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzEsImciOjE3OTY2OTAwNjQwMDAwMDB9.axdQkA.E78-2onK7xwAsL3qijODlkWnZtk">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768777.8366.16601575536377568049@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:34:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:34:24.000000',1,'2026-12-08 00:34:24.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(129,'firmante094@org094.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Peña,

You asked to add Comité por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzIsImciOjE3OTY2OTAxMDgwMDAwMDB9.axdQvA.2uw1k2-hTP4mRWIOpFSifDp36eM

The link works until 15 Dec 2026, 00:35 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité por los Derechos Humanos
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Peña, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzIsImciOjE3OTY2OTAxMDgwMDAwMDB9.axdQvA.9x1Dwf1npPFrsJNBtfrJg88yIgs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Peña,</p>
<p>You asked to add <strong>Comité por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzIsImciOjE3OTY2OTAxMDgwMDAwMDB9.axdQvA.2uw1k2-hTP4mRWIOpFSifDp36eM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzIsImciOjE3OTY2OTAxMDgwMDAwMDB9.axdQvA.2uw1k2-hTP4mRWIOpFSifDp36eM</p>
<p>The link works until 15 Dec 2026, 00:35 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzIsImciOjE3OTY2OTAxMDgwMDAwMDB9.axdQvA.9x1Dwf1npPFrsJNBtfrJg88yIgs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768778.8366.18313147532915783413@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:35:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:35:08.000000',1,'2026-12-08 00:35:08.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(130,'firmante130@org130.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Renée O''Brien,

You asked to add Comité for Refugee Rights to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzMsImciOjE3OTY2OTAxNTIwMDAwMDB9.axdQ6A.XvCBxbS0AmG-y3aEmK1IoHrJb8w

The link works until 15 Dec 2026, 00:35 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité for Refugee Rights
  Category: Organizaciones de Centroamérica
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée O''Brien, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzMsImciOjE3OTY2OTAxNTIwMDAwMDB9.axdQ6A.on_ppyDN2rTB_BBxU3rrraXRZBU

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée O&#39;Brien,</p>
<p>You asked to add <strong>Comité for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzMsImciOjE3OTY2OTAxNTIwMDAwMDB9.axdQ6A.XvCBxbS0AmG-y3aEmK1IoHrJb8w" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzMsImciOjE3OTY2OTAxNTIwMDAwMDB9.axdQ6A.XvCBxbS0AmG-y3aEmK1IoHrJb8w</p>
<p>The link works until 15 Dec 2026, 00:35 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzMsImciOjE3OTY2OTAxNTIwMDAwMDB9.axdQ6A.on_ppyDN2rTB_BBxU3rrraXRZBU">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768779.8366.17180065660309443390@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:35:52 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:35:52.000000',1,'2026-12-08 00:35:52.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(131,'firmante131@org131.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Iñaki 山田,

You asked to add Institute Frontera Digna to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzQsImciOjE3OTY2OTAyMjgwMDAwMDB9.axdRNA.hTWCSL7Y3bzB9CJdNOaoiHWEO4g

The link works until 15 Dec 2026, 00:37 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute Frontera Digna
  Category: Organizaciones internacionales
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki 山田, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzQsImciOjE3OTY2OTAyMjgwMDAwMDB9.axdRNA.zaouU4B-Q675p7tVq54c17H8l2w

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki 山田,</p>
<p>You asked to add <strong>Institute Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzQsImciOjE3OTY2OTAyMjgwMDAwMDB9.axdRNA.hTWCSL7Y3bzB9CJdNOaoiHWEO4g" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzQsImciOjE3OTY2OTAyMjgwMDAwMDB9.axdRNA.hTWCSL7Y3bzB9CJdNOaoiHWEO4g</p>
<p>The link works until 15 Dec 2026, 00:37 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki 山田, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzQsImciOjE3OTY2OTAyMjgwMDAwMDB9.axdRNA.zaouU4B-Q675p7tVq54c17H8l2w">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768781.8366.10655934813842833684@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:37:08 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:37:08.000000',1,'2026-12-08 00:37:08.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(132,'firmante132@org132.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana Martínez,

You asked to add Colectivo for Border Solidarity to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzUsImciOjE3OTY2OTAzMDQwMDAwMDB9.axdRgA.CG8Pw-eU7uSrHCG6Y2hxFGnoK-s

The link works until 15 Dec 2026, 00:38 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo for Border Solidarity
  Category: Organizaciones de México
  Location: San Salvador, El Salvador
  Website: https://org132.example.org
  Signed by: Ana Martínez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzUsImciOjE3OTY2OTAzMDQwMDAwMDB9.axdRgA.GrTJ6rMjG52AO9EIAvSYFlUA-4o

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Martínez,</p>
<p>You asked to add <strong>Colectivo for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzUsImciOjE3OTY2OTAzMDQwMDAwMDB9.axdRgA.CG8Pw-eU7uSrHCG6Y2hxFGnoK-s" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzUsImciOjE3OTY2OTAzMDQwMDAwMDB9.axdRgA.CG8Pw-eU7uSrHCG6Y2hxFGnoK-s</p>
<p>The link works until 15 Dec 2026, 00:38 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org132.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzUsImciOjE3OTY2OTAzMDQwMDAwMDB9.axdRgA.GrTJ6rMjG52AO9EIAvSYFlUA-4o">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768783.8366.1478271680924439089@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:38:24 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:38:24.000000',1,'2026-12-08 00:38:24.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(133,'firmante133@org133.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José Haddad,

You asked to add Asociación Jesuita con Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzYsImciOjE3OTY2OTAzNDgwMDAwMDB9.axdRrA.f6gPw-6ZxlDPv7jbbm5Ou08iP_s

The link works until 15 Dec 2026, 00:39 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación Jesuita con Migrantes
  Category: Organizaciones de Centroamérica
  Location: El Paso, TX, United States
  Signed by: José Haddad, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzYsImciOjE3OTY2OTAzNDgwMDAwMDB9.axdRrA.H3-yIVHX3TNAJaeJhfQDKPx82lY

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Haddad,</p>
<p>You asked to add <strong>Asociación Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzYsImciOjE3OTY2OTAzNDgwMDAwMDB9.axdRrA.f6gPw-6ZxlDPv7jbbm5Ou08iP_s" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzYsImciOjE3OTY2OTAzNDgwMDAwMDB9.axdRrA.f6gPw-6ZxlDPv7jbbm5Ou08iP_s</p>
<p>The link works until 15 Dec 2026, 00:39 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzYsImciOjE3OTY2OTAzNDgwMDAwMDB9.axdRrA.H3-yIVHX3TNAJaeJhfQDKPx82lY">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768784.8366.628946573606208203@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:39:08 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:39:08.000000',1,'2026-12-08 00:39:08.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(134,'firmante134@org134.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Dubois,

You asked to add Council de Mujeres Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzcsImciOjE3OTY2OTA0MjQwMDAwMDB9.axdR-A.2anrO2Lsu9gVk6eJTjRJVgGLiCs

The link works until 15 Dec 2026, 00:40 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council de Mujeres Migrantes
  Category: Organizaciones internacionales
  Location: Berlin, Deutschland
  Signed by: Łukasz Dubois, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzcsImciOjE3OTY2OTA0MjQwMDAwMDB9.axdR-A.mqsxy5TJtb8TpUZaTijde-rRVyA

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Dubois,</p>
<p>You asked to add <strong>Council de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzcsImciOjE3OTY2OTA0MjQwMDAwMDB9.axdR-A.2anrO2Lsu9gVk6eJTjRJVgGLiCs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzcsImciOjE3OTY2OTA0MjQwMDAwMDB9.axdR-A.2anrO2Lsu9gVk6eJTjRJVgGLiCs</p>
<p>The link works until 15 Dec 2026, 00:40 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzcsImciOjE3OTY2OTA0MjQwMDAwMDB9.axdR-A.mqsxy5TJtb8TpUZaTijde-rRVyA">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768786.8366.16008661437411130011@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:40:24 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:40:24.000000',1,'2026-12-08 00:40:24.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(135,'firmante135@org135.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Иванова,

You asked to add Observatorio for Asylum Seekers to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzgsImciOjE3OTY2OTA1MDAwMDAwMDB9.axdSRA.uqeilPwMwy8hWJ_p8IjIXYrIPHc

The link works until 15 Dec 2026, 00:41 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio for Asylum Seekers
  Category: Organizaciones de México
  Location: San Diego, CA, United States
  Website: https://org135.example.org
  Signed by: Zoë Иванова, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzgsImciOjE3OTY2OTA1MDAwMDAwMDB9.axdSRA.UQMTNuGchtwBSQGhBm3ZhHoLjRg

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Иванова,</p>
<p>You asked to add <strong>Observatorio for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzgsImciOjE3OTY2OTA1MDAwMDAwMDB9.axdSRA.uqeilPwMwy8hWJ_p8IjIXYrIPHc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzgsImciOjE3OTY2OTA1MDAwMDAwMDB9.axdSRA.uqeilPwMwy8hWJ_p8IjIXYrIPHc</p>
<p>The link works until 15 Dec 2026, 00:41 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org135.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzgsImciOjE3OTY2OTA1MDAwMDAwMDB9.axdSRA.UQMTNuGchtwBSQGhBm3ZhHoLjRg">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768788.8366.13996239736422290228@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:41:40 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:41:40.000000',1,'2026-12-08 00:41:40.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(136,'firmante136@org136.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José García,

You asked to add Red for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzksImciOjE3OTY2OTA1NDQwMDAwMDB9.axdScA.-DKyvF4Td4liHlsX8k9NTQ55_LE

The link works until 15 Dec 2026, 00:42 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Humane Borders
  Category: Organizaciones de Centroamérica
  Location: Tijuana, Baja California, México
  Signed by: María José García, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzksImciOjE3OTY2OTA1NDQwMDAwMDB9.axdScA.QRv2q1-LQ7wWmGWi7mlX71aTj3M

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José García,</p>
<p>You asked to add <strong>Red for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzksImciOjE3OTY2OTA1NDQwMDAwMDB9.axdScA.-DKyvF4Td4liHlsX8k9NTQ55_LE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzksImciOjE3OTY2OTA1NDQwMDAwMDB9.axdScA.-DKyvF4Td4liHlsX8k9NTQ55_LE</p>
<p>The link works until 15 Dec 2026, 00:42 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José García, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzksImciOjE3OTY2OTA1NDQwMDAwMDB9.axdScA.QRv2q1-LQ7wWmGWi7mlX71aTj3M">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768789.8366.5473970307424404349@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:42:24 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:42:24.000000',1,'2026-12-08 00:42:24.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(137,'firmante137@org137.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Müller,

You asked to add Centro de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDAsImciOjE3OTY2OTA2MjAwMDAwMDB9.axdSvA.n_znyQWkkTu6zkkb1HgP2CsrMgI

The link works until 15 Dec 2026, 00:43 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Defensoras Comunitarias
  Category: Organizaciones internacionales
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Müller, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDAsImciOjE3OTY2OTA2MjAwMDAwMDB9.axdSvA.5aCEQqlrsQPwgmnVFJBgAnQKjxM

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Müller,</p>
<p>You asked to add <strong>Centro de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDAsImciOjE3OTY2OTA2MjAwMDAwMDB9.axdSvA.n_znyQWkkTu6zkkb1HgP2CsrMgI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDAsImciOjE3OTY2OTA2MjAwMDAwMDB9.axdSvA.n_znyQWkkTu6zkkb1HgP2CsrMgI</p>
<p>The link works until 15 Dec 2026, 00:43 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDAsImciOjE3OTY2OTA2MjAwMDAwMDB9.axdSvA.5aCEQqlrsQPwgmnVFJBgAnQKjxM">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768791.8366.8525847530605611782@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:43:40 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:43:40.000000',1,'2026-12-08 00:43:40.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(138,'firmante138@org138.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño Peña,

You asked to add Coalición por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDEsImciOjE3OTY2OTA2OTYwMDAwMDB9.axdTCA.Aw29TIs-1YloslAkafgMCklzOSE

The link works until 15 Dec 2026, 00:44 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición por los Derechos Humanos
  Category: Organizaciones de México
  Location: Tapachula, Chiapas, México
  Website: https://org138.example.org
  Signed by: Nuño Peña, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDEsImciOjE3OTY2OTA2OTYwMDAwMDB9.axdTCA.cvuEiO3N2ieOKWqjc6aEvmKfQd0

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Peña,</p>
<p>You asked to add <strong>Coalición por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDEsImciOjE3OTY2OTA2OTYwMDAwMDB9.axdTCA.Aw29TIs-1YloslAkafgMCklzOSE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDEsImciOjE3OTY2OTA2OTYwMDAwMDB9.axdTCA.Aw29TIs-1YloslAkafgMCklzOSE</p>
<p>The link works until 15 Dec 2026, 00:44 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org138.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDEsImciOjE3OTY2OTA2OTYwMDAwMDB9.axdTCA.cvuEiO3N2ieOKWqjc6aEvmKfQd0">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768793.8366.10966138533691860074@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:44:56 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:44:56.000000',1,'2026-12-08 00:44:56.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(139,'firmante139@org139.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Núñez,

You asked to add Alliance for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDIsImciOjE3OTY2OTA3NDAwMDAwMDB9.axdTNA.fUZRAYLrIKZTkgKyyLlR9bdenz4

The link works until 15 Dec 2026, 00:45 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Migrant Justice
  Category: Organizaciones de Centroamérica
  Location: Genève, Suisse
  Signed by: Айгуль Núñez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDIsImciOjE3OTY2OTA3NDAwMDAwMDB9.axdTNA.3ttZQmZ1T4stLnwWH0QnNIWJgXI

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Núñez,</p>
<p>You asked to add <strong>Alliance for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDIsImciOjE3OTY2OTA3NDAwMDAwMDB9.axdTNA.fUZRAYLrIKZTkgKyyLlR9bdenz4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDIsImciOjE3OTY2OTA3NDAwMDAwMDB9.axdTNA.fUZRAYLrIKZTkgKyyLlR9bdenz4</p>
<p>The link works until 15 Dec 2026, 00:45 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDIsImciOjE3OTY2OTA3NDAwMDAwMDB9.axdTNA.3ttZQmZ1T4stLnwWH0QnNIWJgXI">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768794.8366.4279833247719471588@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:45:40 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:45:40.000000',1,'2026-12-08 00:45:40.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(140,'firmante005@org005.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Müller,

You asked to add Ärzte für Menschenrechte to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDMsImciOjE3OTY2OTA4MTYwMDAwMDB9.axdTgA.sfZcwcymkLD3LoedHbEsBjcpUgI

The link works until 15 Dec 2026, 00:46 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Ärzte für Menschenrechte
  Category: Organizaciones internacionales
  Location: Köln, NRW, Deutschland
  Signed by: Émile Müller, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDMsImciOjE3OTY2OTA4MTYwMDAwMDB9.axdTgA.0GYBdfVlLUfZQYwSBaHF6FEpnJw

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Müller,</p>
<p>You asked to add <strong>Ärzte für Menschenrechte</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDMsImciOjE3OTY2OTA4MTYwMDAwMDB9.axdTgA.sfZcwcymkLD3LoedHbEsBjcpUgI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDMsImciOjE3OTY2OTA4MTYwMDAwMDB9.axdTgA.sfZcwcymkLD3LoedHbEsBjcpUgI</p>
<p>The link works until 15 Dec 2026, 00:46 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ärzte für Menschenrechte</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Köln, NRW, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDMsImciOjE3OTY2OTA4MTYwMDAwMDB9.axdTgA.0GYBdfVlLUfZQYwSBaHF6FEpnJw">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768796.8366.424309151788404449@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:46:56 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:46:56.000000',1,'2026-12-08 00:46:56.000000',NULL,'','2026-12-08 00:48:12.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(141,'firmante095@org095.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Núñez,

You asked to add Institute for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDQsImciOjE3OTY2OTA4OTcwMDAwMDB9.axdT0Q.p8dlQgP9KVn_PYrsWnS2rDjivk0

The link works until 15 Dec 2026, 00:48 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute for Migrant Justice
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Núñez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDQsImciOjE3OTY2OTA4OTcwMDAwMDB9.axdT0Q.Mq1juju59ZzVtpbG9xa2VpxvDIs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Núñez,</p>
<p>You asked to add <strong>Institute for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDQsImciOjE3OTY2OTA4OTcwMDAwMDB9.axdT0Q.p8dlQgP9KVn_PYrsWnS2rDjivk0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDQsImciOjE3OTY2OTA4OTcwMDAwMDB9.axdT0Q.p8dlQgP9KVn_PYrsWnS2rDjivk0</p>
<p>The link works until 15 Dec 2026, 00:48 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDQsImciOjE3OTY2OTA4OTcwMDAwMDB9.axdT0Q.Mq1juju59ZzVtpbG9xa2VpxvDIs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768832.8366.12676399712387550766@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:48:17 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:48:17.000000',0,'2026-12-08 00:48:17.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(142,'firmante096@org096.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Øster,

You asked to add Colectivo de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDUsImciOjE3OTY2OTA5NDEwMDAwMDB9.axdT_Q.iE6pVlrynScpd4o1hdcyj0ffFbs

The link works until 15 Dec 2026, 00:49 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo de Apoyo al Migrante
  Category: National Organizations
  Location: San Salvador, El Salvador
  Website: https://org096.example.org
  Signed by: Ana Øster, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDUsImciOjE3OTY2OTA5NDEwMDAwMDB9.axdT_Q.K6rMlUtKAuxlM_GcdC-Yt8ruoQk

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Øster,</p>
<p>You asked to add <strong>Colectivo de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDUsImciOjE3OTY2OTA5NDEwMDAwMDB9.axdT_Q.iE6pVlrynScpd4o1hdcyj0ffFbs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDUsImciOjE3OTY2OTA5NDEwMDAwMDB9.axdT_Q.iE6pVlrynScpd4o1hdcyj0ffFbs</p>
<p>The link works until 15 Dec 2026, 00:49 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org096.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Øster, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDUsImciOjE3OTY2OTA5NDEwMDAwMDB9.axdT_Q.K6rMlUtKAuxlM_GcdC-Yt8ruoQk">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768834.8366.16698118177680721005@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:49:01 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:49:01.000000',0,'2026-12-08 00:49:01.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(143,'firmante097@org097.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José O''Brien,

You asked to add Asociación for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDYsImciOjE3OTY2OTA5ODUwMDAwMDB9.axdUKQ.fMdT_h99VE5QThLNNrPYt2vG5D4

The link works until 15 Dec 2026, 00:49 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Refugee Rights
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José O''Brien, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDYsImciOjE3OTY2OTA5ODUwMDAwMDB9.axdUKQ.SEHJRVvflgmwRAFHm_WJqqKv9AA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José O&#39;Brien,</p>
<p>You asked to add <strong>Asociación for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDYsImciOjE3OTY2OTA5ODUwMDAwMDB9.axdUKQ.fMdT_h99VE5QThLNNrPYt2vG5D4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDYsImciOjE3OTY2OTA5ODUwMDAwMDB9.axdUKQ.fMdT_h99VE5QThLNNrPYt2vG5D4</p>
<p>The link works until 15 Dec 2026, 00:49 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDYsImciOjE3OTY2OTA5ODUwMDAwMDB9.axdUKQ.SEHJRVvflgmwRAFHm_WJqqKv9AA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768835.8366.10011038935089576103@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:49:45 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:49:45.000000',0,'2026-12-08 00:49:45.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(144,'firmante098@org098.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz 山田,

You asked to add Council Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDcsImciOjE3OTY2OTEwMjkwMDAwMDB9.axdUVQ.y-sHM6FfZu_qyIzjE-cLAXjcn_Q

The link works until 15 Dec 2026, 00:50 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council Frontera Digna
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz 山田, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDcsImciOjE3OTY2OTEwMjkwMDAwMDB9.axdUVQ.0k74-jC6ZlcJP5TBH8MNeLf29sU

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz 山田,</p>
<p>You asked to add <strong>Council Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDcsImciOjE3OTY2OTEwMjkwMDAwMDB9.axdUVQ.y-sHM6FfZu_qyIzjE-cLAXjcn_Q" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDcsImciOjE3OTY2OTEwMjkwMDAwMDB9.axdUVQ.y-sHM6FfZu_qyIzjE-cLAXjcn_Q</p>
<p>The link works until 15 Dec 2026, 00:50 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDcsImciOjE3OTY2OTEwMjkwMDAwMDB9.axdUVQ.0k74-jC6ZlcJP5TBH8MNeLf29sU">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768836.8366.9584523724351768661@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:50:29 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:50:29.000000',0,'2026-12-08 00:50:29.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(145,'firmante099@org099.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Martínez,

You asked to add Observatorio for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDgsImciOjE3OTY2OTEwNzMwMDAwMDB9.axdUgQ.5U0Kp3mP9WxDywSWl2C10Q3AU-o

The link works until 15 Dec 2026, 00:51 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio for Border Solidarity
  Category: National Organizations
  Location: San Diego, CA, United States
  Website: https://org099.example.org
  Signed by: Zoë Martínez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDgsImciOjE3OTY2OTEwNzMwMDAwMDB9.axdUgQ.iG0uPUtB6sTnlgvQL2NY2vbr5BQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Martínez,</p>
<p>You asked to add <strong>Observatorio for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDgsImciOjE3OTY2OTEwNzMwMDAwMDB9.axdUgQ.5U0Kp3mP9WxDywSWl2C10Q3AU-o" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDgsImciOjE3OTY2OTEwNzMwMDAwMDB9.axdUgQ.5U0Kp3mP9WxDywSWl2C10Q3AU-o</p>
<p>The link works until 15 Dec 2026, 00:51 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org099.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDgsImciOjE3OTY2OTEwNzMwMDAwMDB9.axdUgQ.iG0uPUtB6sTnlgvQL2NY2vbr5BQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768838.8366.1172622193947457479@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:51:13 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:51:13.000000',0,'2026-12-08 00:51:13.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(146,'firmante140@org140.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Øster,

You asked to add Network de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDksImciOjE3OTY2OTExMTcwMDAwMDB9.axdUrQ.3dNVEUOIeU7cUn2DTz_xGYb6W8k

The link works until 15 Dec 2026, 00:51 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network de Apoyo al Migrante
  Category: Organizaciones de México
  Location: Tucson, AZ, United States
  Signed by: Fatima Øster, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDksImciOjE3OTY2OTExMTcwMDAwMDB9.axdUrQ.__DRTEtWBamj3jBYow3wCL6wWuE

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Øster,</p>
<p>You asked to add <strong>Network de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDksImciOjE3OTY2OTExMTcwMDAwMDB9.axdUrQ.3dNVEUOIeU7cUn2DTz_xGYb6W8k" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDksImciOjE3OTY2OTExMTcwMDAwMDB9.axdUrQ.3dNVEUOIeU7cUn2DTz_xGYb6W8k</p>
<p>The link works until 15 Dec 2026, 00:51 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Øster, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDksImciOjE3OTY2OTExMTcwMDAwMDB9.axdUrQ.__DRTEtWBamj3jBYow3wCL6wWuE">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768839.8366.16719807134379055415@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:51:57 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:51:57.000000',0,'2026-12-08 00:51:57.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(147,'firmante170@org170.example.org','Confirm your signature: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello Łukasz Müller,

You asked to add Council for Humane Borders Berlin to the statement
"Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNjgsImciOjE3OTY2OTExNjkwMDAwMDB9.axdU4Q.ngN__XmnwT7yhmoBYYfHClcIBs8

The link works until 15 Dec 2026, 00:52 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Humane Borders Berlin
  Category: National
  Location: Berlin, Deutschland
  Signed by: Łukasz Müller, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNjgsImciOjE3OTY2OTExNjkwMDAwMDB9.axdU4Q.QYKgPQMSbZ60lJuiv4vbE5s6rus

Questions: coalition@example.org

The statement: http://signon.example.org/s/protect-migrant-shelters

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Müller,</p>
<p>You asked to add <strong>Council for Humane Borders Berlin</strong> to the statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNjgsImciOjE3OTY2OTExNjkwMDAwMDB9.axdU4Q.ngN__XmnwT7yhmoBYYfHClcIBs8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNjgsImciOjE3OTY2OTExNjkwMDAwMDB9.axdU4Q.ngN__XmnwT7yhmoBYYfHClcIBs8</p>
<p>The link works until 15 Dec 2026, 00:52 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Humane Borders Berlin</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNjgsImciOjE3OTY2OTExNjkwMDAwMDB9.axdU4Q.QYKgPQMSbZ60lJuiv4vbE5s6rus">This wasn''t me</a></p>
<p>Questions: coalition@example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768853.8366.16286250446877604222@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:52:49 +0000", "Auto-Submitted": "auto-generated"}','verify',4,'2026-12-08 00:52:49.000000',0,'2026-12-08 00:52:49.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(148,'firmante171@org171.example.org','Confirm your signature: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello Zoë Peña,

You asked to add Observatorio de Defensoras Comunitarias San Diego to the statement
"Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNjksImciOjE3OTY2OTEyNDUwMDAwMDB9.axdVLQ.FsPm9xvd5GIYbbxD8DzrKjyyEVY

The link works until 15 Dec 2026, 00:54 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio de Defensoras Comunitarias San Diego
  Category: State and Local
  Location: San Diego, CA, United States
  Website: https://org171.example.org
  Signed by: Zoë Peña, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNjksImciOjE3OTY2OTEyNDUwMDAwMDB9.axdVLQ.kFD2MC5BLvBL2VKPKSab2NdbfKc

Questions: coalition@example.org

The statement: http://signon.example.org/s/protect-migrant-shelters

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Peña,</p>
<p>You asked to add <strong>Observatorio de Defensoras Comunitarias San Diego</strong> to the statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNjksImciOjE3OTY2OTEyNDUwMDAwMDB9.axdVLQ.FsPm9xvd5GIYbbxD8DzrKjyyEVY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNjksImciOjE3OTY2OTEyNDUwMDAwMDB9.axdVLQ.FsPm9xvd5GIYbbxD8DzrKjyyEVY</p>
<p>The link works until 15 Dec 2026, 00:54 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Defensoras Comunitarias San Diego</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org171.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNjksImciOjE3OTY2OTEyNDUwMDAwMDB9.axdVLQ.kFD2MC5BLvBL2VKPKSab2NdbfKc">This wasn''t me</a></p>
<p>Questions: coalition@example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768855.8366.11310567717350336180@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:54:05 +0000", "Auto-Submitted": "auto-generated"}','verify',4,'2026-12-08 00:54:05.000000',0,'2026-12-08 00:54:05.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(149,'firmante172@org172.example.org','Confirm your signature: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello María José Núñez,

You asked to add Red for Migrant Justice Tijuana to the statement
"Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzAsImciOjE3OTY2OTEzMjEwMDAwMDB9.axdVeQ.Ag6TNRtSDGPjjLzaRAvhG5aUSes

The link works until 15 Dec 2026, 00:55 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Migrant Justice Tijuana
  Category: International
  Location: Tijuana, Baja California, México
  Signed by: María José Núñez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzAsImciOjE3OTY2OTEzMjEwMDAwMDB9.axdVeQ.qVJrEygoOI0qHED37QnI7rWGIV8

Questions: coalition@example.org

The statement: http://signon.example.org/s/protect-migrant-shelters

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Núñez,</p>
<p>You asked to add <strong>Red for Migrant Justice Tijuana</strong> to the statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzAsImciOjE3OTY2OTEzMjEwMDAwMDB9.axdVeQ.Ag6TNRtSDGPjjLzaRAvhG5aUSes" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzAsImciOjE3OTY2OTEzMjEwMDAwMDB9.axdVeQ.Ag6TNRtSDGPjjLzaRAvhG5aUSes</p>
<p>The link works until 15 Dec 2026, 00:55 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Migrant Justice Tijuana</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzAsImciOjE3OTY2OTEzMjEwMDAwMDB9.axdVeQ.qVJrEygoOI0qHED37QnI7rWGIV8">This wasn''t me</a></p>
<p>Questions: coalition@example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768857.8366.9816631841866317451@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:55:21 +0000", "Auto-Submitted": "auto-generated"}','verify',4,'2026-12-08 00:55:21.000000',0,'2026-12-08 00:55:21.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(150,'firmante173@org173.example.org','Confirm your signature: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello Émile Øster,

You asked to add Centro de Apoyo al Migrante San Pedro Sula to the statement
"Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzEsImciOjE3OTY2OTEzOTcwMDAwMDB9.axdVxQ.Km9i0-QGN-48bEdnetuN0Cvqhhw

The link works until 15 Dec 2026, 00:56 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Apoyo al Migrante San Pedro Sula
  Category: National
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Øster, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzEsImciOjE3OTY2OTEzOTcwMDAwMDB9.axdVxQ.gsWtRYmSyjCXnQ0JYKtYgZH-4uI

Questions: coalition@example.org

The statement: http://signon.example.org/s/protect-migrant-shelters

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Øster,</p>
<p>You asked to add <strong>Centro de Apoyo al Migrante San Pedro Sula</strong> to the statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzEsImciOjE3OTY2OTEzOTcwMDAwMDB9.axdVxQ.Km9i0-QGN-48bEdnetuN0Cvqhhw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzEsImciOjE3OTY2OTEzOTcwMDAwMDB9.axdVxQ.Km9i0-QGN-48bEdnetuN0Cvqhhw</p>
<p>The link works until 15 Dec 2026, 00:56 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Apoyo al Migrante San Pedro Sula</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzEsImciOjE3OTY2OTEzOTcwMDAwMDB9.axdVxQ.gsWtRYmSyjCXnQ0JYKtYgZH-4uI">This wasn''t me</a></p>
<p>Questions: coalition@example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768859.8366.8953231404593014515@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:56:37 +0000", "Auto-Submitted": "auto-generated"}','verify',4,'2026-12-08 00:56:37.000000',0,'2026-12-08 00:56:37.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(151,'firmante174@org174.example.org','Confirm your signature: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello Nuño O''Brien,

You asked to add Coalición for Refugee Rights Tapachula to the statement
"Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzIsImciOjE3OTY2OTE0NzMwMDAwMDB9.axdWEQ.P2Epl2M34XR_KTSaFy3JmKIH9ic

The link works until 15 Dec 2026, 00:57 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición for Refugee Rights Tapachula
  Category: State and Local
  Location: Tapachula, Chiapas, México
  Website: https://org174.example.org
  Signed by: Nuño O''Brien, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzIsImciOjE3OTY2OTE0NzMwMDAwMDB9.axdWEQ.NZF8tBOh_lZ7Y-eFKSBjgoCUttU

Questions: coalition@example.org

The statement: http://signon.example.org/s/protect-migrant-shelters

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño O&#39;Brien,</p>
<p>You asked to add <strong>Coalición for Refugee Rights Tapachula</strong> to the statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzIsImciOjE3OTY2OTE0NzMwMDAwMDB9.axdWEQ.P2Epl2M34XR_KTSaFy3JmKIH9ic" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzIsImciOjE3OTY2OTE0NzMwMDAwMDB9.axdWEQ.P2Epl2M34XR_KTSaFy3JmKIH9ic</p>
<p>The link works until 15 Dec 2026, 00:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Refugee Rights Tapachula</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org174.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzIsImciOjE3OTY2OTE0NzMwMDAwMDB9.axdWEQ.NZF8tBOh_lZ7Y-eFKSBjgoCUttU">This wasn''t me</a></p>
<p>Questions: coalition@example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768861.8366.4267539216590767246@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:57:53 +0000", "Auto-Submitted": "auto-generated"}','verify',4,'2026-12-08 00:57:53.000000',0,'2026-12-08 00:57:53.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(152,'demo-signatory@example.org','The final letter: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello,

The statement "Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff" has closed, and the final letter
with its signatories has been published. Thank you for signing.

Read it online: http://signon.example.org/s/protect-migrant-shelters
Download it as PDF: http://signon.example.org/s/protect-migrant-shelters/letter.pdf
Download it as Word: http://signon.example.org/s/protect-migrant-shelters/letter.docx

You receive this email because your organization signed this statement.
Questions: coalition@example.org','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The final letter</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>The statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a> has closed, and the final letter with its signatories has been published. Thank you for signing.</p>
<p><a href="http://signon.example.org/s/protect-migrant-shelters/letter.pdf">Download the letter (PDF)</a> · <a href="http://signon.example.org/s/protect-migrant-shelters/letter.docx">Download it as Word</a></p>
<p>You receive this email because your organization signed this statement. Questions: coalition@example.org</p>
</body></html>','{"Message-ID": "<179667768862.8366.191326750754409114@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:58:42 +0000", "Auto-Submitted": "auto-generated"}','letter_published',4,'2026-12-08 00:58:42.000000',0,'2026-12-08 00:58:42.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(153,'firmante170@org170.example.org','The final letter: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello,

The statement "Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff" has closed, and the final letter
with its signatories has been published. Thank you for signing.

Read it online: http://signon.example.org/s/protect-migrant-shelters
Download it as PDF: http://signon.example.org/s/protect-migrant-shelters/letter.pdf
Download it as Word: http://signon.example.org/s/protect-migrant-shelters/letter.docx

You receive this email because your organization signed this statement.
Questions: coalition@example.org','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The final letter</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>The statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a> has closed, and the final letter with its signatories has been published. Thank you for signing.</p>
<p><a href="http://signon.example.org/s/protect-migrant-shelters/letter.pdf">Download the letter (PDF)</a> · <a href="http://signon.example.org/s/protect-migrant-shelters/letter.docx">Download it as Word</a></p>
<p>You receive this email because your organization signed this statement. Questions: coalition@example.org</p>
</body></html>','{"Message-ID": "<179667768862.8366.12501816129254213967@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:58:42 +0000", "Auto-Submitted": "auto-generated"}','letter_published',4,'2026-12-08 00:58:42.000000',0,'2026-12-08 00:58:42.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(154,'firmante171@org171.example.org','The final letter: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello,

The statement "Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff" has closed, and the final letter
with its signatories has been published. Thank you for signing.

Read it online: http://signon.example.org/s/protect-migrant-shelters
Download it as PDF: http://signon.example.org/s/protect-migrant-shelters/letter.pdf
Download it as Word: http://signon.example.org/s/protect-migrant-shelters/letter.docx

You receive this email because your organization signed this statement.
Questions: coalition@example.org','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The final letter</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>The statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a> has closed, and the final letter with its signatories has been published. Thank you for signing.</p>
<p><a href="http://signon.example.org/s/protect-migrant-shelters/letter.pdf">Download the letter (PDF)</a> · <a href="http://signon.example.org/s/protect-migrant-shelters/letter.docx">Download it as Word</a></p>
<p>You receive this email because your organization signed this statement. Questions: coalition@example.org</p>
</body></html>','{"Message-ID": "<179667768862.8366.5192638254342834754@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:58:42 +0000", "Auto-Submitted": "auto-generated"}','letter_published',4,'2026-12-08 00:58:42.000000',0,'2026-12-08 00:58:42.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(155,'firmante172@org172.example.org','The final letter: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello,

The statement "Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff" has closed, and the final letter
with its signatories has been published. Thank you for signing.

Read it online: http://signon.example.org/s/protect-migrant-shelters
Download it as PDF: http://signon.example.org/s/protect-migrant-shelters/letter.pdf
Download it as Word: http://signon.example.org/s/protect-migrant-shelters/letter.docx

You receive this email because your organization signed this statement.
Questions: coalition@example.org','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The final letter</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>The statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a> has closed, and the final letter with its signatories has been published. Thank you for signing.</p>
<p><a href="http://signon.example.org/s/protect-migrant-shelters/letter.pdf">Download the letter (PDF)</a> · <a href="http://signon.example.org/s/protect-migrant-shelters/letter.docx">Download it as Word</a></p>
<p>You receive this email because your organization signed this statement. Questions: coalition@example.org</p>
</body></html>','{"Message-ID": "<179667768862.8366.3475978573209936853@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:58:42 +0000", "Auto-Submitted": "auto-generated"}','letter_published',4,'2026-12-08 00:58:42.000000',0,'2026-12-08 00:58:42.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(156,'firmante173@org173.example.org','The final letter: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello,

The statement "Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff" has closed, and the final letter
with its signatories has been published. Thank you for signing.

Read it online: http://signon.example.org/s/protect-migrant-shelters
Download it as PDF: http://signon.example.org/s/protect-migrant-shelters/letter.pdf
Download it as Word: http://signon.example.org/s/protect-migrant-shelters/letter.docx

You receive this email because your organization signed this statement.
Questions: coalition@example.org','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The final letter</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>The statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a> has closed, and the final letter with its signatories has been published. Thank you for signing.</p>
<p><a href="http://signon.example.org/s/protect-migrant-shelters/letter.pdf">Download the letter (PDF)</a> · <a href="http://signon.example.org/s/protect-migrant-shelters/letter.docx">Download it as Word</a></p>
<p>You receive this email because your organization signed this statement. Questions: coalition@example.org</p>
</body></html>','{"Message-ID": "<179667768862.8366.17229820244015152016@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:58:42 +0000", "Auto-Submitted": "auto-generated"}','letter_published',4,'2026-12-08 00:58:42.000000',0,'2026-12-08 00:58:42.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(157,'ines@wola.example.org','You are invited to coordinate: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello,

María José Núñez invites you to coordinate the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border" on Signon, as an editor (everything except adding and removing coordinators).

To accept, open this link, then choose your name and a password (or,
if you already have a Signon account with this address, sign in):

http://signon.example.org/invitations/QytNS9Me4VdbJ2YYJJNX5yjDFOp7LtVFLVFNsrf4qIA

The link works once, until 15 Dec 2026, 00:58 UTC.

If you did not expect this, ignore this email: nothing happens unless
you open the link and accept.','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>You are invited to coordinate a statement</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>María José Núñez invites you to coordinate the statement <strong>U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</strong> on Signon, as an editor (everything except adding and removing coordinators).</p>
<p><a href="http://signon.example.org/invitations/QytNS9Me4VdbJ2YYJJNX5yjDFOp7LtVFLVFNsrf4qIA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Accept the invitation</a></p>
<p>Or copy this link into your browser: http://signon.example.org/invitations/QytNS9Me4VdbJ2YYJJNX5yjDFOp7LtVFLVFNsrf4qIA</p>
<p>You will choose your name and a password (or, if you already have a Signon account with this address, sign in). The link works once, until 15 Dec 2026, 00:58 UTC.</p>
<p>If you did not expect this, ignore this email: nothing happens unless you open the link and accept.</p>
</body></html>','{"Message-ID": "<179667768934.8366.1265591706171695227@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:58:50 +0000", "Auto-Submitted": "auto-generated"}','invitation',1,'2026-12-08 00:58:50.000000',0,'2026-12-08 00:58:50.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(158,'otto@other.example.org','You are invited to coordinate: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello,

María José Núñez invites you to coordinate the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border" on Signon, as an owner (everything, including adding and removing coordinators).

To accept, open this link, then choose your name and a password (or,
if you already have a Signon account with this address, sign in):

http://signon.example.org/invitations/H62AKTXPoq3nSOmMMlHnIC2Agq5cmZ8SVcRA4miUNFs

The link works once, until 15 Dec 2026, 00:58 UTC.

If you did not expect this, ignore this email: nothing happens unless
you open the link and accept.','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>You are invited to coordinate a statement</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>María José Núñez invites you to coordinate the statement <strong>U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</strong> on Signon, as an owner (everything, including adding and removing coordinators).</p>
<p><a href="http://signon.example.org/invitations/H62AKTXPoq3nSOmMMlHnIC2Agq5cmZ8SVcRA4miUNFs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Accept the invitation</a></p>
<p>Or copy this link into your browser: http://signon.example.org/invitations/H62AKTXPoq3nSOmMMlHnIC2Agq5cmZ8SVcRA4miUNFs</p>
<p>You will choose your name and a password (or, if you already have a Signon account with this address, sign in). The link works once, until 15 Dec 2026, 00:58 UTC.</p>
<p>If you did not expect this, ignore this email: nothing happens unless you open the link and accept.</p>
</body></html>','{"Message-ID": "<179667768935.8366.4391974462379401225@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:58:53 +0000", "Auto-Submitted": "auto-generated"}','invitation',1,'2026-12-08 00:58:53.000000',0,'2026-12-08 00:58:53.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(159,'firmante031@org031.example.org','Your signature was not added: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль O''Brien,

The coordinators of the statement "U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border" did not add
Alliance Frontera Digna to its list of signatories.

Their message:

No es una organización.

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Your signature was not added</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль O&#39;Brien,</p>
<p>The coordinators of the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a> did not add <strong>Alliance Frontera Digna</strong> to its list of signatories.</p>
<p>Their message:</p>
<blockquote style="margin: 0 0 1em; padding-left: 12px; border-left: 4px solid #c9cdd1;">
<p style="white-space: pre-line;">No es una organización.</p>
</blockquote>
<p>Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667768938.8366.14574495599364201727@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:59:05 +0000", "Auto-Submitted": "auto-generated"}','signature_rejected',1,'2026-12-08 00:59:05.000000',0,'2026-12-08 00:59:05.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(160,'firmante180@org180.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana García,

You asked to add Colectivo Niñez sin Fronteras San Salvador to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzMsImciOjE3OTY2OTE1NjAwMDAwMDB9.axdWaA.vaSWx69KuzRvZrByDFlfzbx_c7o

The link works until 15 Dec 2026, 00:59 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo Niñez sin Fronteras San Salvador
  Category: Organizaciones de México
  Location: San Salvador, El Salvador
  Website: https://org180.example.org
  Signed by: Ana García, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzMsImciOjE3OTY2OTE1NjAwMDAwMDB9.axdWaA.MNMmNLAY_A5OIjeM3f0sGZlarLg

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana García,</p>
<p>You asked to add <strong>Colectivo Niñez sin Fronteras San Salvador</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzMsImciOjE3OTY2OTE1NjAwMDAwMDB9.axdWaA.vaSWx69KuzRvZrByDFlfzbx_c7o" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzMsImciOjE3OTY2OTE1NjAwMDAwMDB9.axdWaA.vaSWx69KuzRvZrByDFlfzbx_c7o</p>
<p>The link works until 15 Dec 2026, 00:59 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo Niñez sin Fronteras San Salvador</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org180.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana García, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzMsImciOjE3OTY2OTE1NjAwMDAwMDB9.axdWaA.MNMmNLAY_A5OIjeM3f0sGZlarLg">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768944.8366.5244881593636037590@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:59:20 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:59:20.000000',0,'2026-12-08 00:59:20.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(161,'firmante181@org181.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José Müller,

You asked to add Asociación for Humane Borders El Paso to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzQsImciOjE3OTY2OTE2MzYwMDAwMDB9.axdWtA.d6WGFgfgGF2i5j67PUEG565KpLk

The link works until 15 Dec 2026, 01:00 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Humane Borders El Paso
  Category: Organizaciones de Centroamérica
  Location: El Paso, TX, United States
  Signed by: José Müller, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzQsImciOjE3OTY2OTE2MzYwMDAwMDB9.axdWtA.zCxEwvqW_lbZD-52Zf9mc3IQJwo

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Müller,</p>
<p>You asked to add <strong>Asociación for Humane Borders El Paso</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzQsImciOjE3OTY2OTE2MzYwMDAwMDB9.axdWtA.d6WGFgfgGF2i5j67PUEG565KpLk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzQsImciOjE3OTY2OTE2MzYwMDAwMDB9.axdWtA.d6WGFgfgGF2i5j67PUEG565KpLk</p>
<p>The link works until 15 Dec 2026, 01:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Humane Borders El Paso</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzQsImciOjE3OTY2OTE2MzYwMDAwMDB9.axdWtA.zCxEwvqW_lbZD-52Zf9mc3IQJwo">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768947.8366.426560162783924745@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:00:36 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 01:00:36.000000',0,'2026-12-08 01:00:36.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(162,'firmante182@org182.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Peña,

You asked to add Council de Defensoras Comunitarias Berlin to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzUsImciOjE3OTY2OTE3MTIwMDAwMDB9.axdXAA.Xwx1r_pnY3KjoJFX_lfVNqcQZgw

The link works until 15 Dec 2026, 01:01 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council de Defensoras Comunitarias Berlin
  Category: Organizaciones internacionales
  Location: Berlin, Deutschland
  Signed by: Łukasz Peña, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzUsImciOjE3OTY2OTE3MTIwMDAwMDB9.axdXAA.kXr2eChSiVz6QZO00lOnLaLO4_w

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Peña,</p>
<p>You asked to add <strong>Council de Defensoras Comunitarias Berlin</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzUsImciOjE3OTY2OTE3MTIwMDAwMDB9.axdXAA.Xwx1r_pnY3KjoJFX_lfVNqcQZgw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzUsImciOjE3OTY2OTE3MTIwMDAwMDB9.axdXAA.Xwx1r_pnY3KjoJFX_lfVNqcQZgw</p>
<p>The link works until 15 Dec 2026, 01:01 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Defensoras Comunitarias Berlin</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzUsImciOjE3OTY2OTE3MTIwMDAwMDB9.axdXAA.kXr2eChSiVz6QZO00lOnLaLO4_w">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768949.8366.14142098904756983766@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:52 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 01:01:52.000000',0,'2026-12-08 01:01:52.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(163,'firmante183@org183.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Núñez,

You asked to add Observatorio por los Derechos Humanos San Diego to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzYsImciOjE3OTY2OTE3ODgwMDAwMDB9.axdXTA.3Vrz-JgdJNUxRdkjuZcDlo3nOYY

The link works until 15 Dec 2026, 01:03 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio por los Derechos Humanos San Diego
  Category: Organizaciones de México
  Location: San Diego, CA, United States
  Website: https://org183.example.org
  Signed by: Zoë Núñez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzYsImciOjE3OTY2OTE3ODgwMDAwMDB9.axdXTA.QAxEodZRm5x04Vc7ht2nudvgFds

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Núñez,</p>
<p>You asked to add <strong>Observatorio por los Derechos Humanos San Diego</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzYsImciOjE3OTY2OTE3ODgwMDAwMDB9.axdXTA.3Vrz-JgdJNUxRdkjuZcDlo3nOYY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzYsImciOjE3OTY2OTE3ODgwMDAwMDB9.axdXTA.3Vrz-JgdJNUxRdkjuZcDlo3nOYY</p>
<p>The link works until 15 Dec 2026, 01:03 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio por los Derechos Humanos San Diego</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org183.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzYsImciOjE3OTY2OTE3ODgwMDAwMDB9.axdXTA.QAxEodZRm5x04Vc7ht2nudvgFds">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768951.8366.12773747969709868962@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:03:08 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 01:03:08.000000',0,'2026-12-08 01:03:08.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(164,'firmante184@org184.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Øster,

You asked to add Red de Apoyo al Migrante Tijuana to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzcsImciOjE3OTY2OTE4NjQwMDAwMDB9.axdXmA.FjZnjP2k0tK1MsDwtI9bcQWoQxw

The link works until 15 Dec 2026, 01:04 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red de Apoyo al Migrante Tijuana
  Category: Organizaciones de Centroamérica
  Location: Tijuana, Baja California, México
  Signed by: María José Øster, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzcsImciOjE3OTY2OTE4NjQwMDAwMDB9.axdXmA.-FU75XjoN_9nmQ-lHzxVym6Ji0U

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Øster,</p>
<p>You asked to add <strong>Red de Apoyo al Migrante Tijuana</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzcsImciOjE3OTY2OTE4NjQwMDAwMDB9.axdXmA.FjZnjP2k0tK1MsDwtI9bcQWoQxw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzcsImciOjE3OTY2OTE4NjQwMDAwMDB9.axdXmA.FjZnjP2k0tK1MsDwtI9bcQWoQxw</p>
<p>The link works until 15 Dec 2026, 01:04 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Apoyo al Migrante Tijuana</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Øster, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzcsImciOjE3OTY2OTE4NjQwMDAwMDB9.axdXmA.-FU75XjoN_9nmQ-lHzxVym6Ji0U">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768953.8366.8155684826298300753@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:04:24 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 01:04:24.000000',0,'2026-12-08 01:04:24.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(165,'firmante185@org185.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile O''Brien,

You asked to add Centro for Refugee Rights San Pedro Sula to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzgsImciOjE3OTY2OTE5NDAwMDAwMDB9.axdX5A.7BGdnt6QYwGjnPcvyTB-rB0sH3I

The link works until 15 Dec 2026, 01:05 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Refugee Rights San Pedro Sula
  Category: Organizaciones internacionales
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile O''Brien, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzgsImciOjE3OTY2OTE5NDAwMDAwMDB9.axdX5A.DVc-102hmszOS5ZtFZCMnaY3dhE

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile O&#39;Brien,</p>
<p>You asked to add <strong>Centro for Refugee Rights San Pedro Sula</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzgsImciOjE3OTY2OTE5NDAwMDAwMDB9.axdX5A.7BGdnt6QYwGjnPcvyTB-rB0sH3I" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzgsImciOjE3OTY2OTE5NDAwMDAwMDB9.axdX5A.7BGdnt6QYwGjnPcvyTB-rB0sH3I</p>
<p>The link works until 15 Dec 2026, 01:05 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Refugee Rights San Pedro Sula</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzgsImciOjE3OTY2OTE5NDAwMDAwMDB9.axdX5A.DVc-102hmszOS5ZtFZCMnaY3dhE">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768955.8366.4368665619875713755@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:05:40 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 01:05:40.000000',0,'2026-12-08 01:05:40.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(166,'firmante186@org186.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño 山田,

You asked to add Coalición Frontera Digna Tapachula to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzksImciOjE3OTY2OTIwMTYwMDAwMDB9.axdYMA.s3fW0y8KjhD9oZy-OYDv4Wj5u3g

The link works until 15 Dec 2026, 01:06 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición Frontera Digna Tapachula
  Category: Organizaciones de México
  Location: Tapachula, Chiapas, México
  Website: https://org186.example.org
  Signed by: Nuño 山田, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzksImciOjE3OTY2OTIwMTYwMDAwMDB9.axdYMA.sCIbIhUne5xJCKlIHeWdqlifQyg

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño 山田,</p>
<p>You asked to add <strong>Coalición Frontera Digna Tapachula</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzksImciOjE3OTY2OTIwMTYwMDAwMDB9.axdYMA.s3fW0y8KjhD9oZy-OYDv4Wj5u3g" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzksImciOjE3OTY2OTIwMTYwMDAwMDB9.axdYMA.s3fW0y8KjhD9oZy-OYDv4Wj5u3g</p>
<p>The link works until 15 Dec 2026, 01:06 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Frontera Digna Tapachula</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org186.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzksImciOjE3OTY2OTIwMTYwMDAwMDB9.axdYMA.sCIbIhUne5xJCKlIHeWdqlifQyg">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768958.8366.9490594617159633970@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:06:56 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 01:06:56.000000',0,'2026-12-08 01:06:56.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(167,'firmante187@org187.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Martínez,

You asked to add Alliance for Border Solidarity Genève to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODAsImciOjE3OTY2OTIwOTIwMDAwMDB9.axdYfA._Tqf2jZ1wg8E5SRSxh-j5T2Eo8M

The link works until 15 Dec 2026, 01:08 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Border Solidarity Genève
  Category: Organizaciones de Centroamérica
  Location: Genève, Suisse
  Signed by: Айгуль Martínez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODAsImciOjE3OTY2OTIwOTIwMDAwMDB9.axdYfA.cgdJuwXpTy6GRNFyQfWAHlB6fE0

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Martínez,</p>
<p>You asked to add <strong>Alliance for Border Solidarity Genève</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODAsImciOjE3OTY2OTIwOTIwMDAwMDB9.axdYfA._Tqf2jZ1wg8E5SRSxh-j5T2Eo8M" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODAsImciOjE3OTY2OTIwOTIwMDAwMDB9.axdYfA._Tqf2jZ1wg8E5SRSxh-j5T2Eo8M</p>
<p>The link works until 15 Dec 2026, 01:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Border Solidarity Genève</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODAsImciOjE3OTY2OTIwOTIwMDAwMDB9.axdYfA.cgdJuwXpTy6GRNFyQfWAHlB6fE0">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768960.8366.8247887484151958359@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:08:12 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 01:08:12.000000',0,'2026-12-08 01:08:12.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(168,'firmante188@org188.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Haddad,

You asked to add Network Jesuita con Migrantes Tucson to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODEsImciOjE3OTY2OTIxNjgwMDAwMDB9.axdYyA.u80brHSrNRIvWfrfLjpoNQGX4Bk

The link works until 15 Dec 2026, 01:09 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network Jesuita con Migrantes Tucson
  Category: Organizaciones internacionales
  Location: Tucson, AZ, United States
  Signed by: Fatima Haddad, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODEsImciOjE3OTY2OTIxNjgwMDAwMDB9.axdYyA.Bi6IoSApGVwsjcH8vNmBEw6U6ig

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Haddad,</p>
<p>You asked to add <strong>Network Jesuita con Migrantes Tucson</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODEsImciOjE3OTY2OTIxNjgwMDAwMDB9.axdYyA.u80brHSrNRIvWfrfLjpoNQGX4Bk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODEsImciOjE3OTY2OTIxNjgwMDAwMDB9.axdYyA.u80brHSrNRIvWfrfLjpoNQGX4Bk</p>
<p>The link works until 15 Dec 2026, 01:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Jesuita con Migrantes Tucson</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODEsImciOjE3OTY2OTIxNjgwMDAwMDB9.axdYyA.Bi6IoSApGVwsjcH8vNmBEw6U6ig">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768962.8366.14316605301209633878@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:09:28 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 01:09:28.000000',0,'2026-12-08 01:09:28.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(169,'firmante189@org189.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Dubois,

You asked to add Fundación de Mujeres Migrantes Madrid to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODIsImciOjE3OTY2OTIyNDQwMDAwMDB9.axdZFA.wZxq7eVXmApTPcCE3gIl7fTEOpI

The link works until 15 Dec 2026, 01:10 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación de Mujeres Migrantes Madrid
  Category: Organizaciones de México
  Location: Madrid, España
  Website: https://org189.example.org
  Signed by: Sakura Dubois, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODIsImciOjE3OTY2OTIyNDQwMDAwMDB9.axdZFA.IyqZY0hLFueekPbsGFySdY2Z4tw

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Dubois,</p>
<p>You asked to add <strong>Fundación de Mujeres Migrantes Madrid</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODIsImciOjE3OTY2OTIyNDQwMDAwMDB9.axdZFA.wZxq7eVXmApTPcCE3gIl7fTEOpI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODIsImciOjE3OTY2OTIyNDQwMDAwMDB9.axdZFA.wZxq7eVXmApTPcCE3gIl7fTEOpI</p>
<p>The link works until 15 Dec 2026, 01:10 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Mujeres Migrantes Madrid</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org189.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODIsImciOjE3OTY2OTIyNDQwMDAwMDB9.axdZFA.IyqZY0hLFueekPbsGFySdY2Z4tw">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768964.8366.12640536030715418794@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:10:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 01:10:44.000000',0,'2026-12-08 01:10:44.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(170,'firmante185@org185.example.org','Your signature was not added: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile O''Brien,

The coordinators of the statement "Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes" did not add
Centro for Refugee Rights San Pedro Sula to its list of signatories.

Their message:

Duplicada.

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Your signature was not added</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile O&#39;Brien,</p>
<p>The coordinators of the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a> did not add <strong>Centro for Refugee Rights San Pedro Sula</strong> to its list of signatories.</p>
<p>Their message:</p>
<blockquote style="margin: 0 0 1em; padding-left: 12px; border-left: 4px solid #c9cdd1;">
<p style="white-space: pre-line;">Duplicada.</p>
</blockquote>
<p>Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667768967.8366.7807454821350986969@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:12:06 +0000", "Auto-Submitted": "auto-generated"}','signature_rejected',2,'2026-12-08 01:12:06.000000',0,'2026-12-08 01:12:06.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(171,'firmante190@org190.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Иванова,

You asked to add Renée Иванова, Comité for Asylum Seekers Ciudad de Guatemala to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODMsImciOjE3OTY2OTIzMjkwMDAwMDB9.axdZaQ.3C8fWHcyrQwHeqN8_BOuV4GNWP0

The link works until 15 Dec 2026, 01:12 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Renée Иванова, Comité for Asylum Seekers Ciudad de Guatemala
  Category: National Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Иванова, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODMsImciOjE3OTY2OTIzMjkwMDAwMDB9.axdZaQ.4aK3cNUBwMTQpxxtP4aYqMYcig4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Иванова,</p>
<p>You asked to add <strong>Renée Иванова, Comité for Asylum Seekers Ciudad de Guatemala</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODMsImciOjE3OTY2OTIzMjkwMDAwMDB9.axdZaQ.3C8fWHcyrQwHeqN8_BOuV4GNWP0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODMsImciOjE3OTY2OTIzMjkwMDAwMDB9.axdZaQ.3C8fWHcyrQwHeqN8_BOuV4GNWP0</p>
<p>The link works until 15 Dec 2026, 01:12 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Renée Иванова, Comité for Asylum Seekers Ciudad de Guatemala</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODMsImciOjE3OTY2OTIzMjkwMDAwMDB9.axdZaQ.4aK3cNUBwMTQpxxtP4aYqMYcig4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768970.8366.9503789759452128498@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:12:09 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 01:12:09.000000',0,'2026-12-08 01:12:09.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(172,'firmante191@org191.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki García,

You asked to add Iñaki García, Institute Niñez sin Fronteras Ciudad Juárez to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODQsImciOjE3OTY2OTI0MDUwMDAwMDB9.axdZtQ.nJCyRMvhvjb4dmze27mZKibNrzI

The link works until 15 Dec 2026, 01:13 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Iñaki García, Institute Niñez sin Fronteras Ciudad Juárez
  Category: State and Local Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki García, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODQsImciOjE3OTY2OTI0MDUwMDAwMDB9.axdZtQ.SBG46D0GOK8_XIrk5lYIFh7VmAc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki García,</p>
<p>You asked to add <strong>Iñaki García, Institute Niñez sin Fronteras Ciudad Juárez</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODQsImciOjE3OTY2OTI0MDUwMDAwMDB9.axdZtQ.nJCyRMvhvjb4dmze27mZKibNrzI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODQsImciOjE3OTY2OTI0MDUwMDAwMDB9.axdZtQ.nJCyRMvhvjb4dmze27mZKibNrzI</p>
<p>The link works until 15 Dec 2026, 01:13 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Iñaki García, Institute Niñez sin Fronteras Ciudad Juárez</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki García, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODQsImciOjE3OTY2OTI0MDUwMDAwMDB9.axdZtQ.SBG46D0GOK8_XIrk5lYIFh7VmAc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768972.8366.748839510898721891@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:13:25 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 01:13:25.000000',0,'2026-12-08 01:13:25.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(173,'firmante192@org192.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Müller,

You asked to add Ana Müller, Colectivo for Humane Borders San Salvador to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODUsImciOjE3OTY2OTI0ODEwMDAwMDB9.axdaAQ.MeA7pKh7ymNcZBaGePJSID9u3xY

The link works until 15 Dec 2026, 01:14 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Ana Müller, Colectivo for Humane Borders San Salvador
  Category: International Organizations
  Location: San Salvador, El Salvador
  Website: https://org192.example.org
  Signed by: Ana Müller, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODUsImciOjE3OTY2OTI0ODEwMDAwMDB9.axdaAQ.06kdOoBJMlVc6yvWxQw0-SUV-CA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Müller,</p>
<p>You asked to add <strong>Ana Müller, Colectivo for Humane Borders San Salvador</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODUsImciOjE3OTY2OTI0ODEwMDAwMDB9.axdaAQ.MeA7pKh7ymNcZBaGePJSID9u3xY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODUsImciOjE3OTY2OTI0ODEwMDAwMDB9.axdaAQ.MeA7pKh7ymNcZBaGePJSID9u3xY</p>
<p>The link works until 15 Dec 2026, 01:14 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ana Müller, Colectivo for Humane Borders San Salvador</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org192.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Müller, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODUsImciOjE3OTY2OTI0ODEwMDAwMDB9.axdaAQ.06kdOoBJMlVc6yvWxQw0-SUV-CA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768975.8366.5693210973742965728@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:14:41 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 01:14:41.000000',0,'2026-12-08 01:14:41.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(174,'firmante193@org193.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Peña,

You asked to add José Peña, Asociación de Defensoras Comunitarias El Paso to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODYsImciOjE3OTY2OTI1MjUwMDAwMDB9.axdaLQ.h-bHY0hXVjDotY8N16M5pQexAvA

The link works until 15 Dec 2026, 01:15 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: José Peña, Asociación de Defensoras Comunitarias El Paso
  Category: National Organizations
  Location: El Paso, TX, United States
  Signed by: José Peña, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODYsImciOjE3OTY2OTI1MjUwMDAwMDB9.axdaLQ.I89eDCcHI3mrd5x34PjncF_qi2I

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Peña,</p>
<p>You asked to add <strong>José Peña, Asociación de Defensoras Comunitarias El Paso</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODYsImciOjE3OTY2OTI1MjUwMDAwMDB9.axdaLQ.h-bHY0hXVjDotY8N16M5pQexAvA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODYsImciOjE3OTY2OTI1MjUwMDAwMDB9.axdaLQ.h-bHY0hXVjDotY8N16M5pQexAvA</p>
<p>The link works until 15 Dec 2026, 01:15 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>José Peña, Asociación de Defensoras Comunitarias El Paso</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODYsImciOjE3OTY2OTI1MjUwMDAwMDB9.axdaLQ.I89eDCcHI3mrd5x34PjncF_qi2I">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768977.8366.2405475868928331518@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:15:25 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 01:15:25.000000',0,'2026-12-08 01:15:25.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(175,'firmante194@org194.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Núñez,

You asked to add Łukasz Núñez, Council por los Derechos Humanos Berlin to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODcsImciOjE3OTY2OTI2MDEwMDAwMDB9.axdaeQ.ldVbcdJh3NwuP8SdYMeXi0fYsd4

The link works until 15 Dec 2026, 01:16 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Łukasz Núñez, Council por los Derechos Humanos Berlin
  Category: State and Local Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Núñez, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODcsImciOjE3OTY2OTI2MDEwMDAwMDB9.axdaeQ.SemtcESXK_VFx1erWX_mOTF3zP0

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Núñez,</p>
<p>You asked to add <strong>Łukasz Núñez, Council por los Derechos Humanos Berlin</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODcsImciOjE3OTY2OTI2MDEwMDAwMDB9.axdaeQ.ldVbcdJh3NwuP8SdYMeXi0fYsd4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODcsImciOjE3OTY2OTI2MDEwMDAwMDB9.axdaeQ.ldVbcdJh3NwuP8SdYMeXi0fYsd4</p>
<p>The link works until 15 Dec 2026, 01:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Łukasz Núñez, Council por los Derechos Humanos Berlin</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODcsImciOjE3OTY2OTI2MDEwMDAwMDB9.axdaeQ.SemtcESXK_VFx1erWX_mOTF3zP0">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768980.8366.11880098459973690571@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:16:41 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 01:16:41.000000',0,'2026-12-08 01:16:41.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(176,'tomas@came.example.org','Set a new password for Signon','Hello Tomás Ibáñez,

Someone (we hope you) asked to set a new password for your Signon
coordinator account, tomas@came.example.org.

To set it, open this link:

http://signon.example.org/password/reset/eyJjIjoyLCJmIjoiNTkyMGU1ZWEyMzg4ZTM2MjVmMzllZDI2OTUyOTkzNGUifQ.axdaxQ.qw3Iew-AKO4PR67I-NOgEggWnao

The link works once, until 8 Dec 2026, 02:17 UTC. Setting a new
password signs your account out everywhere else.

If you did not ask for this, ignore this email: your password stays
as it is. A new link: http://signon.example.org/password/forgot','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Set a new password</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Tomás Ibáñez,</p>
<p>Someone (we hope you) asked to set a new password for your Signon coordinator account, tomas@came.example.org.</p>
<p><a href="http://signon.example.org/password/reset/eyJjIjoyLCJmIjoiNTkyMGU1ZWEyMzg4ZTM2MjVmMzllZDI2OTUyOTkzNGUifQ.axdaxQ.qw3Iew-AKO4PR67I-NOgEggWnao" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Set a new password</a></p>
<p>Or copy this link into your browser: http://signon.example.org/password/reset/eyJjIjoyLCJmIjoiNTkyMGU1ZWEyMzg4ZTM2MjVmMzllZDI2OTUyOTkzNGUifQ.axdaxQ.qw3Iew-AKO4PR67I-NOgEggWnao</p>
<p>The link works once, until 8 Dec 2026, 02:17 UTC. Setting a new password signs your account out everywhere else.</p>
<p>If you did not ask for this, ignore this email: your password stays as it is.</p>
</body></html>','{"Message-ID": "<179667768981.8366.11257391151293706710@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:17:57 +0000", "Auto-Submitted": "auto-generated"}','password_reset',NULL,'2026-12-08 01:17:57.000000',0,'2026-12-08 01:17:57.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(177,'coordinator@example.org','Closed with 10 signatures: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello Demo Coordinator,

"Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff" has closed: it takes no more signatures.

Final count: 10 verified signatures.
Never confirmed: 1

Export the final letter and the list of signatories, and publish the
letter: http://signon.example.org/coordinator/s/protect-migrant-shelters/export

Every signature: http://signon.example.org/coordinator/s/protect-migrant-shelters/signatures','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The statement has closed</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Demo Coordinator,</p>
<p><a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a> has closed: it takes no more signatures.</p>
<p>Final count: <strong>10 verified signatures</strong>. Never confirmed: 1.</p>
<p><a href="http://signon.example.org/coordinator/s/protect-migrant-shelters/export" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Export and publish the final letter</a></p>
<p>Or copy this link into your browser: http://signon.example.org/coordinator/s/protect-migrant-shelters/export</p>
<p><a href="http://signon.example.org/coordinator/s/protect-migrant-shelters/signatures">See every signature</a></p>
</body></html>','{"Message-ID": "<179667768984.8366.11012955515658417056@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:18:00 +0000", "Auto-Submitted": "auto-generated"}','notify_closed',4,'2026-12-08 01:18:00.000000',0,'2026-12-08 01:18:00.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(178,'firmante040@org040.example.org','Manage your signature','Hello,

Someone asked for a link to manage the signatures made with this email
address. Open the link to withdraw or correct it:

Red de Apoyo al Migrante (International Organizations)
on "U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border"
http://signon.example.org/manage/eyJzIjo0NywiZyI6MTc5NjY4MDYyNDAwMDAwMH0.axdazQ.gRUome8FQ1uE9CgDzadV_FRTUKY

The link works until 15 Dec 2026, 01:18 UTC. To get a new one: http://signon.example.org/manage

If you did not ask for this, ignore this email: nothing changes until
you press a button on the page the link opens.','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Manage your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>Someone asked for a link to manage the signatures made with this email address. Open a link to withdraw or correct that signature:</p>
<ul>
<li><strong>Red de Apoyo al Migrante</strong> (International Organizations) on “U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border”: <a href="http://signon.example.org/manage/eyJzIjo0NywiZyI6MTc5NjY4MDYyNDAwMDAwMH0.axdazQ.gRUome8FQ1uE9CgDzadV_FRTUKY">manage this signature</a><br>Or copy this link into your browser: http://signon.example.org/manage/eyJzIjo0NywiZyI6MTc5NjY4MDYyNDAwMDAwMH0.axdazQ.gRUome8FQ1uE9CgDzadV_FRTUKY</li>
</ul>
<p>The link works until 15 Dec 2026, 01:18 UTC. To get a new one: <a href="http://signon.example.org/manage">http://signon.example.org/manage</a></p>
<p>If you did not ask for this, ignore this email: nothing changes until you press a button on the page the link opens.</p>
</body></html>','{"Message-ID": "<179667768985.8366.11955203006235516709@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:18:05 +0000", "Auto-Submitted": "auto-generated"}','manage_link',NULL,'2026-12-08 01:18:05.000000',0,'2026-12-08 01:18:05.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(179,'firmante041@org041.example.org','Manage your signature','Hello,

Someone asked for a link to manage the signatures made with this email
address. Open the link to withdraw or correct it:

Centro for Refugee Rights (International Organizations)
on "U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border"
http://signon.example.org/manage/eyJzIjo0OCwiZyI6MTc5NjY4MDY2ODAwMDAwMH0.axda0A.tFwcpXZ5G4SW7cZX057J2ez1uzQ

The link works until 15 Dec 2026, 01:18 UTC. To get a new one: http://signon.example.org/manage

If you did not ask for this, ignore this email: nothing changes until
you press a button on the page the link opens.','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Manage your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>Someone asked for a link to manage the signatures made with this email address. Open a link to withdraw or correct that signature:</p>
<ul>
<li><strong>Centro for Refugee Rights</strong> (International Organizations) on “U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border”: <a href="http://signon.example.org/manage/eyJzIjo0OCwiZyI6MTc5NjY4MDY2ODAwMDAwMH0.axda0A.tFwcpXZ5G4SW7cZX057J2ez1uzQ">manage this signature</a><br>Or copy this link into your browser: http://signon.example.org/manage/eyJzIjo0OCwiZyI6MTc5NjY4MDY2ODAwMDAwMH0.axda0A.tFwcpXZ5G4SW7cZX057J2ez1uzQ</li>
</ul>
<p>The link works until 15 Dec 2026, 01:18 UTC. To get a new one: <a href="http://signon.example.org/manage">http://signon.example.org/manage</a></p>
<p>If you did not ask for this, ignore this email: nothing changes until you press a button on the page the link opens.</p>
</body></html>','{"Message-ID": "<179667768985.8366.11419117565341105026@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:18:08 +0000", "Auto-Submitted": "auto-generated"}','manage_link',NULL,'2026-12-08 01:18:08.000000',0,'2026-12-08 01:18:08.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(180,'firmante042@org042.example.org','Manage your signature','Hello,

Someone asked for a link to manage the signatures made with this email
address. Open the link to withdraw or correct it:

Coalición Frontera Digna (National Organizations)
on "U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border"
http://signon.example.org/manage/eyJzIjo0OSwiZyI6MTc5NjY4MDc0NDAwMDAwMH0.axda0w.w5mbYmsnPJ8uf5lPwbZfpNxkvqg

The link works until 15 Dec 2026, 01:18 UTC. To get a new one: http://signon.example.org/manage

If you did not ask for this, ignore this email: nothing changes until
you press a button on the page the link opens.','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Manage your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>Someone asked for a link to manage the signatures made with this email address. Open a link to withdraw or correct that signature:</p>
<ul>
<li><strong>Coalición Frontera Digna</strong> (National Organizations) on “U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border”: <a href="http://signon.example.org/manage/eyJzIjo0OSwiZyI6MTc5NjY4MDc0NDAwMDAwMH0.axda0w.w5mbYmsnPJ8uf5lPwbZfpNxkvqg">manage this signature</a><br>Or copy this link into your browser: http://signon.example.org/manage/eyJzIjo0OSwiZyI6MTc5NjY4MDc0NDAwMDAwMH0.axda0w.w5mbYmsnPJ8uf5lPwbZfpNxkvqg</li>
</ul>
<p>The link works until 15 Dec 2026, 01:18 UTC. To get a new one: <a href="http://signon.example.org/manage">http://signon.example.org/manage</a></p>
<p>If you did not ask for this, ignore this email: nothing changes until you press a button on the page the link opens.</p>
</body></html>','{"Message-ID": "<179667768985.8366.4270484102025630759@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:18:11 +0000", "Auto-Submitted": "auto-generated"}','manage_link',NULL,'2026-12-08 01:18:11.000000',0,'2026-12-08 01:18:11.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(181,'maria@lawg.example.org','Signature withdrawn: Red de Apoyo al Migrante – U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Núñez,

Red de Apoyo al Migrante has withdrawn its signature of
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border" through the link sent to the address that
signed. It is off the public list and out of every future export.

  Organization: Red de Apoyo al Migrante
  Category: International Organizations
  Location: Tijuana, Baja California, México
  Status before: awaiting confirmation by email

The signature and its history: http://signon.example.org/coordinator/s/ngos-denounce-national-guard-actions/signatures/47
','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Signature withdrawn</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Núñez,</p>

<p><strong>Red de Apoyo al Migrante</strong> has withdrawn its signature of <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a> through the link sent to the address that signed. It is off the public list and out of every future export.</p>

<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>
<tr><td style="padding-right: 12px;">Status before</td><td>awaiting confirmation by email</td></tr>
</table>
<p><a href="http://signon.example.org/coordinator/s/ngos-denounce-national-guard-actions/signatures/47">The signature and its history</a></p>

</body></html>','{"Message-ID": "<179667768988.8366.13786944725492105012@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:18:14 +0000", "Auto-Submitted": "auto-generated"}','notify_withdrawn',1,'2026-12-08 01:18:14.000000',0,'2026-12-08 01:18:14.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(182,'tomas@came.example.org','Signature withdrawn: Red de Apoyo al Migrante – U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Tomás Ibáñez,

Red de Apoyo al Migrante has withdrawn its signature of
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border" through the link sent to the address that
signed. It is off the public list and out of every future export.

  Organization: Red de Apoyo al Migrante
  Category: International Organizations
  Location: Tijuana, Baja California, México
  Status before: awaiting confirmation by email

The signature and its history: http://signon.example.org/coordinator/s/ngos-denounce-national-guard-actions/signatures/47
','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Signature withdrawn</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Tomás Ibáñez,</p>

<p><strong>Red de Apoyo al Migrante</strong> has withdrawn its signature of <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a> through the link sent to the address that signed. It is off the public list and out of every future export.</p>

<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>
<tr><td style="padding-right: 12px;">Status before</td><td>awaiting confirmation by email</td></tr>
</table>
<p><a href="http://signon.example.org/coordinator/s/ngos-denounce-national-guard-actions/signatures/47">The signature and its history</a></p>

</body></html>','{"Message-ID": "<179667768988.8366.2345235120635645790@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:18:14 +0000", "Auto-Submitted": "auto-generated"}','notify_withdrawn',1,'2026-12-08 01:18:14.000000',0,'2026-12-08 01:18:14.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(183,'ines@wola.example.org','Signature withdrawn: Red de Apoyo al Migrante – U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Inés Fernández,

Red de Apoyo al Migrante has withdrawn its signature of
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border" through the link sent to the address that
signed. It is off the public list and out of every future export.

  Organization: Red de Apoyo al Migrante
  Category: International Organizations
  Location: Tijuana, Baja California, México
  Status before: awaiting confirmation by email

The signature and its history: http://signon.example.org/coordinator/s/ngos-denounce-national-guard-actions/signatures/47
','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Signature withdrawn</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Inés Fernández,</p>

<p><strong>Red de Apoyo al Migrante</strong> has withdrawn its signature of <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a> through the link sent to the address that signed. It is off the public list and out of every future export.</p>

<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>
<tr><td style="padding-right: 12px;">Status before</td><td>awaiting confirmation by email</td></tr>
</table>
<p><a href="http://signon.example.org/coordinator/s/ngos-denounce-national-guard-actions/signatures/47">The signature and its history</a></p>

</body></html>','{"Message-ID": "<179667768988.8366.12822768052237311260@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:18:14 +0000", "Auto-Submitted": "auto-generated"}','notify_withdrawn',1,'2026-12-08 01:18:14.000000',0,'2026-12-08 01:18:14.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(184,'maria@lawg.example.org','Signature corrected: Centro for Refugee Rights (Sede Central) – U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Núñez,

The address that signed for Centro for Refugee Rights (Sede Central) has corrected its listing
on "U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border":

  Name: "Centro for Refugee Rights" -> "Centro for Refugee Rights (Sede Central)"
  Website: "" -> "https://sede.example.org"
  Comment: "" -> "Corregido."


The signature and its history: http://signon.example.org/coordinator/s/ngos-denounce-national-guard-actions/signatures/48','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Signature corrected</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Núñez,</p>
<p>The address that signed for <strong>Centro for Refugee Rights (Sede Central)</strong> has corrected its listing on <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>:</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><th style="text-align: left; padding-right: 12px;">Field</th><th style="text-align: left; padding-right: 12px;">Before</th><th style="text-align: left;">After</th></tr>
<tr><td style="padding-right: 12px;">Name</td><td style="padding-right: 12px;">Centro for Refugee Rights</td><td>Centro for Refugee Rights (Sede Central)</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td style="padding-right: 12px;"></td><td>https://sede.example.org</td></tr>
<tr><td style="padding-right: 12px;">Comment</td><td style="padding-right: 12px;"></td><td>Corregido.</td></tr>
</table>

<p><a href="http://signon.example.org/coordinator/s/ngos-denounce-national-guard-actions/signatures/48">The signature and its history</a></p>
</body></html>','{"Message-ID": "<179667768991.8366.10965619482300625208@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:18:17 +0000", "Auto-Submitted": "auto-generated"}','notify_corrected',1,'2026-12-08 01:18:17.000000',0,'2026-12-08 01:18:17.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(185,'tomas@came.example.org','Signature corrected: Centro for Refugee Rights (Sede Central) – U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Tomás Ibáñez,

The address that signed for Centro for Refugee Rights (Sede Central) has corrected its listing
on "U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border":

  Name: "Centro for Refugee Rights" -> "Centro for Refugee Rights (Sede Central)"
  Website: "" -> "https://sede.example.org"
  Comment: "" -> "Corregido."


The signature and its history: http://signon.example.org/coordinator/s/ngos-denounce-national-guard-actions/signatures/48','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Signature corrected</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Tomás Ibáñez,</p>
<p>The address that signed for <strong>Centro for Refugee Rights (Sede Central)</strong> has corrected its listing on <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>:</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><th style="text-align: left; padding-right: 12px;">Field</th><th style="text-align: left; padding-right: 12px;">Before</th><th style="text-align: left;">After</th></tr>
<tr><td style="padding-right: 12px;">Name</td><td style="padding-right: 12px;">Centro for Refugee Rights</td><td>Centro for Refugee Rights (Sede Central)</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td style="padding-right: 12px;"></td><td>https://sede.example.org</td></tr>
<tr><td style="padding-right: 12px;">Comment</td><td style="padding-right: 12px;"></td><td>Corregido.</td></tr>
</table>

<p><a href="http://signon.example.org/coordinator/s/ngos-denounce-national-guard-actions/signatures/48">The signature and its history</a></p>
</body></html>','{"Message-ID": "<179667768991.8366.5777630549517690752@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:18:17 +0000", "Auto-Submitted": "auto-generated"}','notify_corrected',1,'2026-12-08 01:18:17.000000',0,'2026-12-08 01:18:17.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(186,'ines@wola.example.org','Signature corrected: Centro for Refugee Rights (Sede Central) – U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Inés Fernández,

The address that signed for Centro for Refugee Rights (Sede Central) has corrected its listing
on "U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border":

  Name: "Centro for Refugee Rights" -> "Centro for Refugee Rights (Sede Central)"
  Website: "" -> "https://sede.example.org"
  Comment: "" -> "Corregido."


The signature and its history: http://signon.example.org/coordinator/s/ngos-denounce-national-guard-actions/signatures/48','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Signature corrected</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Inés Fernández,</p>
<p>The address that signed for <strong>Centro for Refugee Rights (Sede Central)</strong> has corrected its listing on <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>:</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><th style="text-align: left; padding-right: 12px;">Field</th><th style="text-align: left; padding-right: 12px;">Before</th><th style="text-align: left;">After</th></tr>
<tr><td style="padding-right: 12px;">Name</td><td style="padding-right: 12px;">Centro for Refugee Rights</td><td>Centro for Refugee Rights (Sede Central)</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td style="padding-right: 12px;"></td><td>https://sede.example.org</td></tr>
<tr><td style="padding-right: 12px;">Comment</td><td style="padding-right: 12px;"></td><td>Corregido.</td></tr>
</table>

<p><a href="http://signon.example.org/coordinator/s/ngos-denounce-national-guard-actions/signatures/48">The signature and its history</a></p>
</body></html>','{"Message-ID": "<179667768991.8366.14408840607271956163@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:18:17 +0000", "Auto-Submitted": "auto-generated"}','notify_corrected',1,'2026-12-08 01:18:17.000000',0,'2026-12-08 01:18:17.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(187,'firmante195@org195.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Øster,

You asked to add Observatorio for Migrant Justice San Diego to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODgsImciOjE3OTY2OTI3MDAwMDAwMDB9.axda3A.KqlzFXBncQ73f3lW3WjIUni8CCo

The link works until 15 Dec 2026, 01:18 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio for Migrant Justice San Diego
  Category: Organizaciones de México
  Location: San Diego, CA, United States
  Website: https://org195.example.org
  Signed by: Zoë Øster, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODgsImciOjE3OTY2OTI3MDAwMDAwMDB9.axda3A.mSyl4uRIPaM9mJSRp4vO8Sti0nQ

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Øster,</p>
<p>You asked to add <strong>Observatorio for Migrant Justice San Diego</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODgsImciOjE3OTY2OTI3MDAwMDAwMDB9.axda3A.KqlzFXBncQ73f3lW3WjIUni8CCo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODgsImciOjE3OTY2OTI3MDAwMDAwMDB9.axda3A.KqlzFXBncQ73f3lW3WjIUni8CCo</p>
<p>The link works until 15 Dec 2026, 01:18 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Migrant Justice San Diego</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org195.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODgsImciOjE3OTY2OTI3MDAwMDAwMDB9.axda3A.mSyl4uRIPaM9mJSRp4vO8Sti0nQ">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768992.8366.16763945717228350375@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:18:20 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 01:18:20.000000',0,'2026-12-08 01:18:20.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(188,'tomas@came.example.org','Someone says they did not sign: Observatorio for Migrant Justice San Diego – Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Tomás Ibáñez,

The person at the email address given for Observatorio for Migrant Justice San Diego
says they did not sign "Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes" (the "This wasn''t me" link
of the confirmation email). The signature is withdrawn: it is off the
public list and out of every future export.

  Organization: Observatorio for Migrant Justice San Diego
  Category: Organizaciones de México
  Location: San Diego, CA, United States
  Status before: awaiting confirmation by email

The signature and its history: http://signon.example.org/coordinator/s/accion-urgente-guardia-nacional/signatures/188

Someone may have used another person''s address to sign. Check the
other signatures made around the same time.
','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Someone says they did not sign</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Tomás Ibáñez,</p>

<p>The person at the email address given for <strong>Observatorio for Migrant Justice San Diego</strong> says they did not sign <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a> (the “This wasn''t me” link of the confirmation email). The signature is withdrawn: it is off the public list and out of every future export.</p>

<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Migrant Justice San Diego</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Status before</td><td>awaiting confirmation by email</td></tr>
</table>
<p><a href="http://signon.example.org/coordinator/s/accion-urgente-guardia-nacional/signatures/188">The signature and its history</a></p>
<p>Someone may have used another person''s address to sign. Check the other signatures made around the same time.</p>
</body></html>','{"Message-ID": "<179667768995.8366.12442993415094314476@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:19:04 +0000", "Auto-Submitted": "auto-generated"}','notify_withdrawn',2,'2026-12-08 01:19:04.000000',0,'2026-12-08 01:19:04.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(189,'firmante196@org196.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José O''Brien,

You asked to add Red for Refugee Rights Tijuana to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODksImciOjE3OTY2OTI3NDcwMDAwMDB9.axdbCw.Pb-kJ3YexkEKw_k0uwvwMiL4xBY

The link works until 15 Dec 2026, 01:19 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Refugee Rights Tijuana
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José O''Brien, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODksImciOjE3OTY2OTI3NDcwMDAwMDB9.axdbCw.kGVkLjtzQguqYZCxVFF5Y2irrLY

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José O&#39;Brien,</p>
<p>You asked to add <strong>Red for Refugee Rights Tijuana</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODksImciOjE3OTY2OTI3NDcwMDAwMDB9.axdbCw.Pb-kJ3YexkEKw_k0uwvwMiL4xBY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODksImciOjE3OTY2OTI3NDcwMDAwMDB9.axdbCw.Pb-kJ3YexkEKw_k0uwvwMiL4xBY</p>
<p>The link works until 15 Dec 2026, 01:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Refugee Rights Tijuana</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODksImciOjE3OTY2OTI3NDcwMDAwMDB9.axdbCw.kGVkLjtzQguqYZCxVFF5Y2irrLY">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667768996.8366.13614991520249571412@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:19:07 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 01:19:07.000000',0,'2026-12-08 01:19:07.000000',NULL,'',NULL,NULL,'');
CREATE TABLE "signature" (
	id INTEGER NOT NULL, 
	statement_id INTEGER NOT NULL, 
	category_id INTEGER NOT NULL, 
	organization_name VARCHAR(300) NOT NULL, 
	organization_key VARCHAR(300) NOT NULL, 
	city VARCHAR(120) NOT NULL, 
	region VARCHAR(120) NOT NULL, 
	country VARCHAR(120) NOT NULL, 
	website VARCHAR(500) NOT NULL, 
	comment TEXT NOT NULL, 
	contact_name VARCHAR(200) NOT NULL, 
	contact_role VARCHAR(200) NOT NULL, 
	contact_email VARCHAR(320) NOT NULL, 
	authorized BOOLEAN NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	confirmed_at DATETIME, 
	verified_at DATETIME, 
	source_ip VARCHAR(45) NOT NULL, 
	user_agent VARCHAR(500) NOT NULL, 
	phone VARCHAR(100) DEFAULT '' NOT NULL, 
	individual BOOLEAN DEFAULT 0 NOT NULL, 
	hidden BOOLEAN DEFAULT 0 NOT NULL, 
	pinned BOOLEAN DEFAULT 0 NOT NULL, domain_check VARCHAR(10) DEFAULT '' NOT NULL, name_warning VARCHAR(500) DEFAULT '' NOT NULL, 
	CONSTRAINT pk_signature PRIMARY KEY (id), 
	CONSTRAINT uq_signature_statement_id_organization_key UNIQUE (statement_id, organization_key), 
	CONSTRAINT ck_signature_status CHECK (status IN ('pending', 'verified', 'rejected', 'withdrawn')), 
	CONSTRAINT fk_signature_category_id_category FOREIGN KEY(category_id) REFERENCES category (id), 
	CONSTRAINT fk_signature_statement_id_statement FOREIGN KEY(statement_id) REFERENCES statement (id) ON DELETE CASCADE
);
INSERT INTO "signature" VALUES(1,4,9,'The Border Justice Project','border justice project','Washington','DC','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 21:08:27.000000','2026-12-07 21:08:27.000000',NULL,'2026-12-07 21:08:27.000000','','','',0,0,0,'','');
INSERT INTO "signature" VALUES(2,4,11,'Ámbito Migrante','ambito migrante','Mexico City','','Mexico','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 21:08:27.000000','2026-12-07 21:08:27.000000',NULL,'2026-12-07 21:08:27.000000','','','',0,0,0,'','');
INSERT INTO "signature" VALUES(3,4,9,'Amnesty International USA','amnesty international usa','New York','NY','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 21:08:27.000000','2026-12-07 21:08:27.000000',NULL,'2026-12-07 21:08:27.000000','','','',0,0,0,'','');
INSERT INTO "signature" VALUES(4,4,10,'Kino Border Initiative','kino border initiative','Nogales','AZ','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 21:08:27.000000','2026-12-07 21:08:27.000000',NULL,'2026-12-07 21:08:27.000000','','','',0,0,0,'','');
INSERT INTO "signature" VALUES(5,4,10,'Hope Border Institute','hope border institute','El Paso','TX','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 21:08:27.000000','2026-12-07 21:08:27.000000',NULL,'2026-12-07 21:08:27.000000','','','',0,0,0,'','');
INSERT INTO "signature" VALUES(6,4,9,'Latin America Working Group','latin america working group','Washington','DC','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 21:08:27.000000','2026-12-07 21:08:27.000000',NULL,'2026-12-07 21:08:27.000000','','','',0,0,0,'','');
INSERT INTO "signature" VALUES(7,1,3,'Правозащитный центр «Мемориал»','правозащитныи центр мемориал','Москва','','Россия','https://org000.example.org','Firmamos en solidaridad con CAME.','Ana Martínez','Director','firmante000@org000.example.org',1,'verified','2026-12-07 21:08:32.000000','2026-12-07 21:09:16.000000','2026-12-07 21:09:16.000000','2026-12-07 21:09:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(8,1,2,'مركز الخليج لحقوق الإنسان','مركز الخليج لحقوق الإنسان','بيروت','','لبنان','','','José Haddad','Coordinadora','firmante001@org001.example.org',1,'verified','2026-12-07 21:09:48.000000','2026-12-07 21:10:32.000000','2026-12-07 21:10:32.000000','2026-12-07 21:10:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(9,1,3,'移民支援ネットワーク','移民支援ネットワーク','東京','','日本','','','Łukasz Dubois','Policy Officer','firmante002@org002.example.org',1,'verified','2026-12-07 21:11:04.000000','2026-12-08 00:58:59.000000','2026-12-07 21:11:48.000000','2026-12-07 21:11:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,1,'mismatch','');
INSERT INTO "signature" VALUES(10,1,1,'中国劳工通讯','中国劳工通讯','香港','','中国','https://org003.example.org','','Zoë Иванова','Президент','firmante003@org003.example.org',1,'verified','2026-12-07 21:12:20.000000','2026-12-07 21:13:04.000000','2026-12-07 21:13:04.000000','2026-12-07 21:13:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(11,1,2,'The Border Justice Project','border justice project','Washington','DC','United States','','','María José García','Director','firmante004@org004.example.org',1,'pending','2026-12-07 21:13:36.000000','2026-12-07 21:13:36.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(12,1,3,'Ärzte für Menschenrechte','arzte fur menschenrechte','Köln','NRW','Deutschland','','','Émile Müller','Coordinadora','firmante005@org005.example.org',1,'verified','2026-12-07 21:14:20.000000','2026-12-07 21:15:04.000000','2026-12-07 21:15:04.000000','2026-12-07 21:15:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(13,1,1,'Œuvre d''Entraide Œcuménique','œuvre dentraide œcumenique','Lyon','','France','https://org006.example.org','','Nuño Peña','Policy Officer','firmante006@org006.example.org',1,'verified','2026-12-07 21:15:36.000000','2026-12-07 21:16:20.000000','2026-12-07 21:16:20.000000','2026-12-07 21:16:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(14,1,2,'Ñañu Colectivo Indígena','nanu colectivo indigena','Oaxaca','Oaxaca','México','','','Айгуль Núñez','Президент','firmante007@org007.example.org',1,'verified','2026-12-07 21:16:52.000000','2026-12-08 00:58:59.000000','2026-12-07 21:17:36.000000','2026-12-07 21:17:36.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,1,'mismatch','');
INSERT INTO "signature" VALUES(15,1,3,'Asociación Pro Búsqueda de Niñas y Niños Desaparecidos','asociacion pro busqueda de ninas y ninos desaparecidos','San Salvador','','El Salvador','','','Fatima Øster','Director','firmante008@org008.example.org',1,'verified','2026-12-07 21:18:08.000000','2026-12-07 21:18:52.000000','2026-12-07 21:18:52.000000','2026-12-07 21:18:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(16,1,1,'Kino Border Initiative','kino border initiative','Nogales','AZ','United States','https://org009.example.org','','Sakura O''Brien','Coordinadora','firmante009@org009.example.org',1,'verified','2026-12-07 21:19:24.000000','2026-12-07 21:20:08.000000','2026-12-07 21:20:08.000000','2026-12-07 21:20:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(17,1,3,'Hope Border Institute','hope border institute','El Paso','TX','United States','','','Renée 山田','Policy Officer','firmante010@org010.example.org',1,'verified','2026-12-07 21:20:40.000000','2026-12-07 21:21:24.000000','2026-12-07 21:21:24.000000','2026-12-07 21:21:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(18,1,3,'Latin America Working Group','latin america working group','Washington','DC','United States','','Firmamos en solidaridad con CAME.','Iñaki Martínez','Президент','firmante011@org011.example.org',1,'verified','2026-12-07 21:21:56.000000','2026-12-07 21:22:40.000000','2026-12-07 21:22:40.000000','2026-12-07 21:22:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(19,1,1,'Washington Office on Latin America','washington office on latin america','Washington','DC','United States','https://org012.example.org','','Ana Haddad','Director','firmante012@org012.example.org',1,'verified','2026-12-07 21:23:12.000000','2026-12-07 21:23:56.000000','2026-12-07 21:23:56.000000','2026-12-07 21:23:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(20,1,2,'Centro de Derechos Humanos Fray Matías de Córdova','centro de derechos humanos fray matias de cordova','Tapachula','Chiapas','México','','','José Dubois','Coordinadora','firmante013@org013.example.org',1,'pending','2026-12-07 21:24:28.000000','2026-12-07 21:24:28.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(21,1,3,'Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo','iniciativa ciudadana para la promocion de la cultura del dialogo','Ciudad de México','','México','','','Łukasz Иванова','Policy Officer','firmante014@org014.example.org',1,'verified','2026-12-07 21:25:12.000000','2026-12-07 21:25:56.000000','2026-12-07 21:25:56.000000','2026-12-07 21:25:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(22,1,3,'L''Association des Amis des Migrants','lassociation des amis des migrants','Montréal','QC','Canada','https://org015.example.org','','Zoë García','Президент','firmante015@org015.example.org',1,'verified','2026-12-07 21:26:28.000000','2026-12-07 21:27:12.000000','2026-12-07 21:27:12.000000','2026-12-07 21:27:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(23,1,2,'Red por los Derechos Humanos','red por los derechos humanos','Tijuana','Baja California','México','','','María José Müller','Director','firmante016@org016.example.org',1,'verified','2026-12-07 21:27:44.000000','2026-12-07 21:28:28.000000','2026-12-07 21:28:28.000000','2026-12-07 21:28:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(24,1,3,'Centro for Migrant Justice','centro for migrant justice','San Pedro Sula','Cortés','Honduras','','','Émile Peña','Coordinadora','firmante017@org017.example.org',1,'verified','2026-12-07 21:29:00.000000','2026-12-07 21:29:44.000000','2026-12-07 21:29:44.000000','2026-12-07 21:29:44.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(25,1,1,'Coalición de Apoyo al Migrante','coalicion de apoyo al migrante','Tapachula','Chiapas','México','https://org018.example.org','','Nuño Núñez','Policy Officer','firmante018@org018.example.org',1,'verified','2026-12-07 21:30:16.000000','2026-12-07 21:31:00.000000','2026-12-07 21:31:00.000000','2026-12-07 21:31:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(26,1,2,'Alliance for Refugee Rights','alliance for refugee rights','Genève','','Suisse','','','Айгуль Øster','Президент','firmante019@org019.example.org',1,'verified','2026-12-07 21:31:32.000000','2026-12-07 21:32:16.000000','2026-12-07 21:32:16.000000','2026-12-07 21:32:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(27,1,3,'Network Frontera Digna','network frontera digna','Tucson','AZ','United States','','','Fatima O''Brien','Director','firmante020@org020.example.org',1,'verified','2026-12-07 21:32:48.000000','2026-12-08 00:59:02.000000','2026-12-07 21:33:32.000000','2026-12-07 21:33:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,1,0,'mismatch','');
INSERT INTO "signature" VALUES(28,1,1,'Fundación for Border Solidarity','fundacion for border solidarity','Madrid','','España','https://org021.example.org','','Sakura 山田','Coordinadora','firmante021@org021.example.org',1,'verified','2026-12-07 21:34:04.000000','2026-12-07 21:34:48.000000','2026-12-07 21:34:48.000000','2026-12-07 21:34:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(29,1,2,'Comité Jesuita con Migrantes','comite jesuita con migrantes','Ciudad de Guatemala','','Guatemala','','Firmamos en solidaridad con CAME.','Renée Martínez','Policy Officer','firmante022@org022.example.org',1,'pending','2026-12-07 21:35:20.000000','2026-12-07 21:35:20.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(30,1,3,'Institute de Mujeres Migrantes','institute de mujeres migrantes','Ciudad Juárez','Chihuahua','México','','','Iñaki Haddad','Президент','firmante023@org023.example.org',1,'verified','2026-12-07 21:36:04.000000','2026-12-07 21:36:48.000000','2026-12-07 21:36:48.000000','2026-12-07 21:36:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(31,1,1,'Colectivo for Asylum Seekers','colectivo for asylum seekers','San Salvador','','El Salvador','https://org024.example.org','','Ana Dubois','Director','firmante024@org024.example.org',1,'verified','2026-12-07 21:37:20.000000','2026-12-07 21:38:04.000000','2026-12-07 21:38:04.000000','2026-12-07 21:38:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(32,1,3,'Asociación Niñez sin Fronteras','asociacion ninez sin fronteras','El Paso','TX','United States','','','José Иванова','Coordinadora','firmante025@org025.example.org',1,'verified','2026-12-07 21:38:36.000000','2026-12-07 21:39:20.000000','2026-12-07 21:39:20.000000','2026-12-07 21:39:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(33,1,3,'Council for Humane Borders','council for humane borders','Berlin','','Deutschland','','','Łukasz García','Policy Officer','firmante026@org026.example.org',1,'verified','2026-12-07 21:39:52.000000','2026-12-07 21:40:36.000000','2026-12-07 21:40:36.000000','2026-12-07 21:40:36.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(34,1,1,'Observatorio de Defensoras Comunitarias','observatorio de defensoras comunitarias','San Diego','CA','United States','https://org027.example.org','','Zoë Müller','Президент','firmante027@org027.example.org',1,'verified','2026-12-07 21:41:08.000000','2026-12-07 21:41:52.000000','2026-12-07 21:41:52.000000','2026-12-07 21:41:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(35,1,2,'Red for Migrant Justice','red for migrant justice','Tijuana','Baja California','México','','','María José Peña','Director','firmante028@org028.example.org',1,'verified','2026-12-07 21:42:24.000000','2026-12-07 21:43:08.000000','2026-12-07 21:43:08.000000','2026-12-07 21:43:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(36,1,3,'Centro de Apoyo al Migrante','centro de apoyo al migrante','San Pedro Sula','Cortés','Honduras','','','Émile Núñez','Coordinadora','firmante029@org029.example.org',1,'verified','2026-12-07 21:43:40.000000','2026-12-07 21:44:24.000000','2026-12-07 21:44:24.000000','2026-12-07 21:44:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(37,1,3,'Coalición for Refugee Rights','coalicion for refugee rights','Tapachula','Chiapas','México','https://org030.example.org','','Nuño Øster','Policy Officer','firmante030@org030.example.org',1,'verified','2026-12-07 21:44:56.000000','2026-12-07 21:45:40.000000','2026-12-07 21:45:40.000000','2026-12-07 21:45:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(38,1,2,'Alliance Frontera Digna','alliance frontera digna','Genève','','Suisse','','','Айгуль O''Brien','Президент','firmante031@org031.example.org',1,'rejected','2026-12-07 21:46:12.000000','2026-12-08 00:59:05.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(39,1,3,'Network for Border Solidarity','network for border solidarity','Tucson','AZ','United States','','','Fatima 山田','Director','firmante032@org032.example.org',1,'verified','2026-12-07 21:46:56.000000','2026-12-07 21:47:40.000000','2026-12-07 21:47:40.000000','2026-12-07 21:47:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(40,1,1,'Fundación Jesuita con Migrantes','fundacion jesuita con migrantes','Madrid','','España','https://org033.example.org','Firmamos en solidaridad con CAME.','Sakura Martínez','Coordinadora','firmante033@org033.example.org',1,'verified','2026-12-07 21:48:12.000000','2026-12-07 21:48:56.000000','2026-12-07 21:48:56.000000','2026-12-07 21:48:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(41,1,2,'Comité de Mujeres Migrantes','comite de mujeres migrantes','Ciudad de Guatemala','','Guatemala','','','Renée Haddad','Policy Officer','firmante034@org034.example.org',1,'verified','2026-12-07 21:49:28.000000','2026-12-07 21:50:12.000000','2026-12-07 21:50:12.000000','2026-12-07 21:50:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(42,1,3,'Institute for Asylum Seekers','institute for asylum seekers','Ciudad Juárez','Chihuahua','México','','','Iñaki Dubois','Президент','firmante035@org035.example.org',1,'verified','2026-12-07 21:50:44.000000','2026-12-07 21:51:28.000000','2026-12-07 21:51:28.000000','2026-12-07 21:51:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(43,1,1,'Colectivo Niñez sin Fronteras','colectivo ninez sin fronteras','San Salvador','','El Salvador','https://org036.example.org','','Ana Иванова','Director','firmante036@org036.example.org',1,'verified','2026-12-07 21:52:00.000000','2026-12-07 21:52:44.000000','2026-12-07 21:52:44.000000','2026-12-07 21:52:44.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(44,1,2,'Asociación for Humane Borders','asociacion for humane borders','El Paso','TX','United States','','','José García','Coordinadora','firmante037@org037.example.org',1,'verified','2026-12-07 21:53:16.000000','2026-12-07 21:54:00.000000','2026-12-07 21:54:00.000000','2026-12-07 21:54:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(45,1,3,'Council de Defensoras Comunitarias','council de defensoras comunitarias','Berlin','','Deutschland','','','Łukasz Müller','Policy Officer','firmante038@org038.example.org',1,'verified','2026-12-07 21:54:32.000000','2026-12-07 21:55:16.000000','2026-12-07 21:55:16.000000','2026-12-07 21:55:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(46,1,1,'Observatorio por los Derechos Humanos','observatorio por los derechos humanos','San Diego','CA','United States','https://org039.example.org','','Zoë Peña','Президент','firmante039@org039.example.org',1,'verified','2026-12-07 21:55:48.000000','2026-12-07 21:56:32.000000','2026-12-07 21:56:32.000000','2026-12-07 21:56:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(47,1,3,'Red de Apoyo al Migrante','red de apoyo al migrante','Tijuana','Baja California','México','','','María José Núñez','Director','firmante040@org040.example.org',1,'withdrawn','2026-12-07 21:57:04.000000','2026-12-08 01:18:14.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(48,1,3,'Centro for Refugee Rights (Sede Central)','centro for refugee rights sede central','San Pedro Sula','Cortés','Honduras','https://sede.example.org','Corregido.','Émile Øster','Coordinadora','firmante041@org041.example.org',1,'verified','2026-12-07 21:57:48.000000','2026-12-08 01:18:17.000000','2026-12-07 21:58:32.000000','2026-12-07 21:58:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(49,1,1,'Coalición Frontera Digna','coalicion frontera digna','Tapachula','Chiapas','México','https://org042.example.org','','Nuño O''Brien','Policy Officer','firmante042@org042.example.org',1,'verified','2026-12-07 21:59:04.000000','2026-12-07 21:59:48.000000','2026-12-07 21:59:48.000000','2026-12-07 21:59:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(50,1,2,'Alliance for Border Solidarity','alliance for border solidarity','Genève','','Suisse','','','Айгуль 山田','Президент','firmante043@org043.example.org',1,'verified','2026-12-07 22:00:20.000000','2026-12-07 22:01:04.000000','2026-12-07 22:01:04.000000','2026-12-07 22:01:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(51,1,3,'Network Jesuita con Migrantes','network jesuita con migrantes','Tucson','AZ','United States','','Firmamos en solidaridad con CAME.','Fatima Martínez','Director','firmante044@org044.example.org',1,'verified','2026-12-07 22:01:36.000000','2026-12-07 22:02:20.000000','2026-12-07 22:02:20.000000','2026-12-07 22:02:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(52,1,3,'Fundación de Mujeres Migrantes','fundacion de mujeres migrantes','Madrid','','España','https://org045.example.org','','Sakura Haddad','Coordinadora','firmante045@org045.example.org',1,'verified','2026-12-07 22:02:52.000000','2026-12-07 22:03:36.000000','2026-12-07 22:03:36.000000','2026-12-07 22:03:36.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(53,1,2,'Comité for Asylum Seekers','comite for asylum seekers','Ciudad de Guatemala','','Guatemala','','','Renée Dubois','Policy Officer','firmante046@org046.example.org',1,'verified','2026-12-07 22:04:08.000000','2026-12-07 22:04:52.000000','2026-12-07 22:04:52.000000','2026-12-07 22:04:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(54,1,3,'Institute Niñez sin Fronteras','institute ninez sin fronteras','Ciudad Juárez','Chihuahua','México','','','Iñaki Иванова','Президент','firmante047@org047.example.org',1,'verified','2026-12-07 22:05:24.000000','2026-12-07 22:06:08.000000','2026-12-07 22:06:08.000000','2026-12-07 22:06:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(55,1,1,'Colectivo for Humane Borders','colectivo for humane borders','San Salvador','','El Salvador','https://org048.example.org','','Ana García','Director','firmante048@org048.example.org',1,'verified','2026-12-07 22:06:40.000000','2026-12-07 22:07:24.000000','2026-12-07 22:07:24.000000','2026-12-07 22:07:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(56,1,2,'Asociación de Defensoras Comunitarias','asociacion de defensoras comunitarias','El Paso','TX','United States','','','José Müller','Coordinadora','firmante049@org049.example.org',1,'pending','2026-12-07 22:07:56.000000','2026-12-07 22:07:56.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(57,1,3,'Council por los Derechos Humanos','council por los derechos humanos','Berlin','','Deutschland','','','Łukasz Peña','Policy Officer','firmante050@org050.example.org',1,'verified','2026-12-07 22:08:40.000000','2026-12-07 22:09:24.000000','2026-12-07 22:09:24.000000','2026-12-07 22:09:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(58,1,1,'Observatorio for Migrant Justice','observatorio for migrant justice','San Diego','CA','United States','https://org051.example.org','','Zoë Núñez','Президент','firmante051@org051.example.org',1,'verified','2026-12-07 22:09:56.000000','2026-12-07 22:10:40.000000','2026-12-07 22:10:40.000000','2026-12-07 22:10:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(59,1,2,'Red for Refugee Rights','red for refugee rights','Tijuana','Baja California','México','','','María José Øster','Director','firmante052@org052.example.org',1,'verified','2026-12-07 22:11:12.000000','2026-12-07 22:11:56.000000','2026-12-07 22:11:56.000000','2026-12-07 22:11:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(60,1,3,'Centro Frontera Digna','centro frontera digna','San Pedro Sula','Cortés','Honduras','','','Émile O''Brien','Coordinadora','firmante053@org053.example.org',1,'verified','2026-12-07 22:12:28.000000','2026-12-07 22:13:12.000000','2026-12-07 22:13:12.000000','2026-12-07 22:13:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(61,1,1,'Coalición for Border Solidarity','coalicion for border solidarity','Tapachula','Chiapas','México','https://org054.example.org','','Nuño 山田','Policy Officer','firmante054@org054.example.org',1,'verified','2026-12-07 22:13:44.000000','2026-12-07 22:14:28.000000','2026-12-07 22:14:28.000000','2026-12-07 22:14:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(62,1,3,'Alliance Jesuita con Migrantes','alliance jesuita con migrantes','Genève','','Suisse','','Firmamos en solidaridad con CAME.','Айгуль Martínez','Президент','firmante055@org055.example.org',1,'verified','2026-12-07 22:15:00.000000','2026-12-07 22:15:44.000000','2026-12-07 22:15:44.000000','2026-12-07 22:15:44.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(63,1,3,'Network de Mujeres Migrantes','network de mujeres migrantes','Tucson','AZ','United States','','','Fatima Haddad','Director','firmante056@org056.example.org',1,'verified','2026-12-07 22:16:16.000000','2026-12-07 22:17:00.000000','2026-12-07 22:17:00.000000','2026-12-07 22:17:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(64,1,1,'Fundación for Asylum Seekers','fundacion for asylum seekers','Madrid','','España','https://org057.example.org','','Sakura Dubois','Coordinadora','firmante057@org057.example.org',1,'verified','2026-12-07 22:17:32.000000','2026-12-07 22:18:16.000000','2026-12-07 22:18:16.000000','2026-12-07 22:18:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(65,1,2,'Comité Niñez sin Fronteras','comite ninez sin fronteras','Ciudad de Guatemala','','Guatemala','','','Renée Иванова','Policy Officer','firmante058@org058.example.org',1,'pending','2026-12-07 22:18:48.000000','2026-12-07 22:18:48.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(66,1,3,'Institute for Humane Borders','institute for humane borders','Ciudad Juárez','Chihuahua','México','','','Iñaki García','Президент','firmante059@org059.example.org',1,'verified','2026-12-07 22:19:32.000000','2026-12-07 22:20:16.000000','2026-12-07 22:20:16.000000','2026-12-07 22:20:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(67,1,3,'Colectivo de Defensoras Comunitarias','colectivo de defensoras comunitarias','San Salvador','','El Salvador','https://org060.example.org','','Ana Müller','Director','firmante060@org060.example.org',1,'verified','2026-12-07 22:20:48.000000','2026-12-07 22:21:32.000000','2026-12-07 22:21:32.000000','2026-12-07 22:21:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(68,1,2,'Asociación por los Derechos Humanos','asociacion por los derechos humanos','El Paso','TX','United States','','','José Peña','Coordinadora','firmante061@org061.example.org',1,'verified','2026-12-07 22:22:04.000000','2026-12-07 22:22:48.000000','2026-12-07 22:22:48.000000','2026-12-07 22:22:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(69,1,3,'Council for Migrant Justice','council for migrant justice','Berlin','','Deutschland','','','Łukasz Núñez','Policy Officer','firmante062@org062.example.org',1,'verified','2026-12-07 22:23:20.000000','2026-12-07 22:24:04.000000','2026-12-07 22:24:04.000000','2026-12-07 22:24:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(70,1,1,'Observatorio de Apoyo al Migrante','observatorio de apoyo al migrante','San Diego','CA','United States','https://org063.example.org','','Zoë Øster','Президент','firmante063@org063.example.org',1,'verified','2026-12-07 22:24:36.000000','2026-12-07 22:25:20.000000','2026-12-07 22:25:20.000000','2026-12-07 22:25:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(71,1,2,'Red Frontera Digna','red frontera digna','Tijuana','Baja California','México','','','María José O''Brien','Director','firmante064@org064.example.org',1,'verified','2026-12-07 22:25:52.000000','2026-12-07 22:26:36.000000','2026-12-07 22:26:36.000000','2026-12-07 22:26:36.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(72,1,3,'Centro for Border Solidarity','centro for border solidarity','San Pedro Sula','Cortés','Honduras','','','Émile 山田','Coordinadora','firmante065@org065.example.org',1,'verified','2026-12-07 22:27:08.000000','2026-12-07 22:27:52.000000','2026-12-07 22:27:52.000000','2026-12-07 22:27:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(73,1,1,'Coalición Jesuita con Migrantes','coalicion jesuita con migrantes','Tapachula','Chiapas','México','https://org066.example.org','Firmamos en solidaridad con CAME.','Nuño Martínez','Policy Officer','firmante066@org066.example.org',1,'verified','2026-12-07 22:28:24.000000','2026-12-07 22:29:08.000000','2026-12-07 22:29:08.000000','2026-12-07 22:29:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(74,1,2,'Alliance de Mujeres Migrantes','alliance de mujeres migrantes','Genève','','Suisse','','','Айгуль Haddad','Президент','firmante067@org067.example.org',1,'pending','2026-12-07 22:29:40.000000','2026-12-07 22:29:40.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(75,1,3,'Network for Asylum Seekers','network for asylum seekers','Tucson','AZ','United States','','','Fatima Dubois','Director','firmante068@org068.example.org',1,'verified','2026-12-07 22:30:24.000000','2026-12-07 22:31:08.000000','2026-12-07 22:31:08.000000','2026-12-07 22:31:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(76,1,1,'Fundación Niñez sin Fronteras','fundacion ninez sin fronteras','Madrid','','España','https://org069.example.org','','Sakura Иванова','Coordinadora','firmante069@org069.example.org',1,'verified','2026-12-07 22:31:40.000000','2026-12-07 22:32:24.000000','2026-12-07 22:32:24.000000','2026-12-07 22:32:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(77,1,3,'Comité for Humane Borders','comite for humane borders','Ciudad de Guatemala','','Guatemala','','','Renée García','Policy Officer','firmante070@org070.example.org',1,'verified','2026-12-07 22:32:56.000000','2026-12-07 22:33:40.000000','2026-12-07 22:33:40.000000','2026-12-07 22:33:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(78,1,3,'Institute de Defensoras Comunitarias','institute de defensoras comunitarias','Ciudad Juárez','Chihuahua','México','','','Iñaki Müller','Президент','firmante071@org071.example.org',1,'verified','2026-12-07 22:34:12.000000','2026-12-07 22:34:56.000000','2026-12-07 22:34:56.000000','2026-12-07 22:34:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(79,1,1,'Colectivo por los Derechos Humanos','colectivo por los derechos humanos','San Salvador','','El Salvador','https://org072.example.org','','Ana Peña','Director','firmante072@org072.example.org',1,'verified','2026-12-07 22:35:28.000000','2026-12-07 22:36:12.000000','2026-12-07 22:36:12.000000','2026-12-07 22:36:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(80,1,2,'Asociación for Migrant Justice','asociacion for migrant justice','El Paso','TX','United States','','','José Núñez','Coordinadora','firmante073@org073.example.org',1,'verified','2026-12-07 22:36:44.000000','2026-12-07 22:37:28.000000','2026-12-07 22:37:28.000000','2026-12-07 22:37:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(81,1,3,'Council de Apoyo al Migrante','council de apoyo al migrante','Berlin','','Deutschland','','','Łukasz Øster','Policy Officer','firmante074@org074.example.org',1,'verified','2026-12-07 22:38:00.000000','2026-12-07 22:38:44.000000','2026-12-07 22:38:44.000000','2026-12-07 22:38:44.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(82,1,3,'Observatorio for Refugee Rights','observatorio for refugee rights','San Diego','CA','United States','https://org075.example.org','','Zoë O''Brien','Президент','firmante075@org075.example.org',1,'verified','2026-12-07 22:39:16.000000','2026-12-07 22:40:00.000000','2026-12-07 22:40:00.000000','2026-12-07 22:40:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(83,1,2,'Red for Border Solidarity','red for border solidarity','Tijuana','Baja California','México','','','María José 山田','Director','firmante076@org076.example.org',1,'pending','2026-12-07 22:40:32.000000','2026-12-07 22:40:32.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(84,1,3,'Centro Jesuita con Migrantes','centro jesuita con migrantes','San Pedro Sula','Cortés','Honduras','','Firmamos en solidaridad con CAME.','Émile Martínez','Coordinadora','firmante077@org077.example.org',1,'verified','2026-12-07 22:41:16.000000','2026-12-07 22:42:00.000000','2026-12-07 22:42:00.000000','2026-12-07 22:42:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(85,1,1,'Coalición de Mujeres Migrantes','coalicion de mujeres migrantes','Tapachula','Chiapas','México','https://org078.example.org','','Nuño Haddad','Policy Officer','firmante078@org078.example.org',1,'verified','2026-12-07 22:42:32.000000','2026-12-07 22:43:16.000000','2026-12-07 22:43:16.000000','2026-12-07 22:43:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(86,1,2,'Alliance for Asylum Seekers','alliance for asylum seekers','Genève','','Suisse','','','Айгуль Dubois','Президент','firmante079@org079.example.org',1,'verified','2026-12-07 22:43:48.000000','2026-12-07 22:44:32.000000','2026-12-07 22:44:32.000000','2026-12-07 22:44:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(87,2,4,'Red de Mujeres Migrantes','red de mujeres migrantes','Tijuana','Baja California','México','','','María José Haddad','Director','firmante100@org100.example.org',1,'verified','2026-12-07 22:45:04.000000','2026-12-07 22:45:48.000000','2026-12-07 22:45:48.000000','2026-12-07 22:45:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(88,2,5,'Centro for Asylum Seekers','centro for asylum seekers','San Pedro Sula','Cortés','Honduras','','','Émile Dubois','Coordinadora','firmante101@org101.example.org',1,'pending','2026-12-07 22:46:20.000000','2026-12-07 22:46:20.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(89,2,6,'Coalición Niñez sin Fronteras','coalicion ninez sin fronteras','Tapachula','Chiapas','México','https://org102.example.org','','Nuño Иванова','Policy Officer','firmante102@org102.example.org',1,'verified','2026-12-07 22:47:04.000000','2026-12-07 22:47:48.000000','2026-12-07 22:47:48.000000','2026-12-07 22:47:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(90,2,4,'Alliance for Humane Borders','alliance for humane borders','Genève','','Suisse','','','Айгуль García','Президент','firmante103@org103.example.org',1,'verified','2026-12-07 22:48:20.000000','2026-12-07 22:49:04.000000','2026-12-07 22:49:04.000000','2026-12-07 22:49:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(91,2,5,'Network de Defensoras Comunitarias','network de defensoras comunitarias','Tucson','AZ','United States','','','Fatima Müller','Director','firmante104@org104.example.org',1,'verified','2026-12-07 22:49:36.000000','2026-12-07 22:50:20.000000','2026-12-07 22:50:20.000000','2026-12-07 22:50:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(92,2,6,'Fundación por los Derechos Humanos','fundacion por los derechos humanos','Madrid','','España','https://org105.example.org','','Sakura Peña','Coordinadora','firmante105@org105.example.org',1,'verified','2026-12-07 22:50:52.000000','2026-12-07 22:51:36.000000','2026-12-07 22:51:36.000000','2026-12-07 22:51:36.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(93,2,4,'Comité for Migrant Justice','comite for migrant justice','Ciudad de Guatemala','','Guatemala','','','Renée Núñez','Policy Officer','firmante106@org106.example.org',1,'verified','2026-12-07 22:52:08.000000','2026-12-07 22:52:52.000000','2026-12-07 22:52:52.000000','2026-12-07 22:52:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(94,2,5,'Institute de Apoyo al Migrante','institute de apoyo al migrante','Ciudad Juárez','Chihuahua','México','','','Iñaki Øster','Президент','firmante107@org107.example.org',1,'pending','2026-12-07 22:53:24.000000','2026-12-07 22:53:24.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(95,2,6,'Colectivo for Refugee Rights','colectivo for refugee rights','San Salvador','','El Salvador','https://org108.example.org','','Ana O''Brien','Director','firmante108@org108.example.org',1,'verified','2026-12-07 22:54:08.000000','2026-12-07 22:54:52.000000','2026-12-07 22:54:52.000000','2026-12-07 22:54:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(96,2,4,'Asociación Frontera Digna','asociacion frontera digna','El Paso','TX','United States','','','José 山田','Coordinadora','firmante109@org109.example.org',1,'verified','2026-12-07 22:55:24.000000','2026-12-07 22:56:08.000000','2026-12-07 22:56:08.000000','2026-12-07 22:56:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(97,2,5,'Council for Border Solidarity','council for border solidarity','Berlin','','Deutschland','','Firmamos en solidaridad con CAME.','Łukasz Martínez','Policy Officer','firmante110@org110.example.org',1,'verified','2026-12-07 22:56:40.000000','2026-12-07 22:57:24.000000','2026-12-07 22:57:24.000000','2026-12-07 22:57:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(98,2,6,'Observatorio Jesuita con Migrantes','observatorio jesuita con migrantes','San Diego','CA','United States','https://org111.example.org','','Zoë Haddad','Президент','firmante111@org111.example.org',1,'verified','2026-12-07 22:57:56.000000','2026-12-07 22:58:40.000000','2026-12-07 22:58:40.000000','2026-12-07 22:58:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(99,2,4,'Red for Asylum Seekers','red for asylum seekers','Tijuana','Baja California','México','','','María José Dubois','Director','firmante112@org112.example.org',1,'verified','2026-12-07 22:59:12.000000','2026-12-07 22:59:56.000000','2026-12-07 22:59:56.000000','2026-12-07 22:59:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(100,2,5,'Centro Niñez sin Fronteras','centro ninez sin fronteras','San Pedro Sula','Cortés','Honduras','','','Émile Иванова','Coordinadora','firmante113@org113.example.org',1,'pending','2026-12-07 23:00:28.000000','2026-12-07 23:00:28.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(101,2,6,'Coalición for Humane Borders','coalicion for humane borders','Tapachula','Chiapas','México','https://org114.example.org','','Nuño García','Policy Officer','firmante114@org114.example.org',1,'verified','2026-12-07 23:01:12.000000','2026-12-07 23:01:56.000000','2026-12-07 23:01:56.000000','2026-12-07 23:01:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(102,2,4,'Alliance de Defensoras Comunitarias','alliance de defensoras comunitarias','Genève','','Suisse','','','Айгуль Müller','Президент','firmante115@org115.example.org',1,'verified','2026-12-07 23:02:28.000000','2026-12-07 23:03:12.000000','2026-12-07 23:03:12.000000','2026-12-07 23:03:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(103,2,5,'Network por los Derechos Humanos','network por los derechos humanos','Tucson','AZ','United States','','','Fatima Peña','Director','firmante116@org116.example.org',1,'verified','2026-12-07 23:03:44.000000','2026-12-07 23:04:28.000000','2026-12-07 23:04:28.000000','2026-12-07 23:04:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(104,2,6,'Fundación for Migrant Justice','fundacion for migrant justice','Madrid','','España','https://org117.example.org','','Sakura Núñez','Coordinadora','firmante117@org117.example.org',1,'verified','2026-12-07 23:05:00.000000','2026-12-07 23:05:44.000000','2026-12-07 23:05:44.000000','2026-12-07 23:05:44.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(105,2,4,'Comité de Apoyo al Migrante','comite de apoyo al migrante','Ciudad de Guatemala','','Guatemala','','','Renée Øster','Policy Officer','firmante118@org118.example.org',1,'verified','2026-12-07 23:06:16.000000','2026-12-07 23:07:00.000000','2026-12-07 23:07:00.000000','2026-12-07 23:07:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(106,2,5,'Institute for Refugee Rights','institute for refugee rights','Ciudad Juárez','Chihuahua','México','','','Iñaki O''Brien','Президент','firmante119@org119.example.org',1,'pending','2026-12-07 23:07:32.000000','2026-12-07 23:07:32.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(107,2,6,'Colectivo Frontera Digna','colectivo frontera digna','San Salvador','','El Salvador','https://org120.example.org','','Ana 山田','Director','firmante120@org120.example.org',1,'verified','2026-12-07 23:08:16.000000','2026-12-07 23:09:00.000000','2026-12-07 23:09:00.000000','2026-12-07 23:09:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(108,2,4,'Asociación for Border Solidarity','asociacion for border solidarity','El Paso','TX','United States','','Firmamos en solidaridad con CAME.','José Martínez','Coordinadora','firmante121@org121.example.org',1,'verified','2026-12-07 23:09:32.000000','2026-12-07 23:10:16.000000','2026-12-07 23:10:16.000000','2026-12-07 23:10:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(109,2,5,'Council Jesuita con Migrantes','council jesuita con migrantes','Berlin','','Deutschland','','','Łukasz Haddad','Policy Officer','firmante122@org122.example.org',1,'verified','2026-12-07 23:10:48.000000','2026-12-07 23:11:32.000000','2026-12-07 23:11:32.000000','2026-12-07 23:11:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(110,2,6,'Observatorio de Mujeres Migrantes','observatorio de mujeres migrantes','San Diego','CA','United States','https://org123.example.org','','Zoë Dubois','Президент','firmante123@org123.example.org',1,'verified','2026-12-07 23:12:04.000000','2026-12-07 23:12:48.000000','2026-12-07 23:12:48.000000','2026-12-07 23:12:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(111,2,4,'Red Niñez sin Fronteras','red ninez sin fronteras','Tijuana','Baja California','México','','','María José Иванова','Director','firmante124@org124.example.org',1,'verified','2026-12-07 23:13:20.000000','2026-12-07 23:14:04.000000','2026-12-07 23:14:04.000000','2026-12-07 23:14:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(112,2,5,'Centro for Humane Borders','centro for humane borders','San Pedro Sula','Cortés','Honduras','','','Émile García','Coordinadora','firmante125@org125.example.org',1,'pending','2026-12-07 23:14:36.000000','2026-12-07 23:14:36.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(113,2,6,'Coalición de Defensoras Comunitarias','coalicion de defensoras comunitarias','Tapachula','Chiapas','México','https://org126.example.org','','Nuño Müller','Policy Officer','firmante126@org126.example.org',1,'verified','2026-12-07 23:15:20.000000','2026-12-07 23:16:04.000000','2026-12-07 23:16:04.000000','2026-12-07 23:16:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(114,2,4,'Alliance por los Derechos Humanos','alliance por los derechos humanos','Genève','','Suisse','','','Айгуль Peña','Президент','firmante127@org127.example.org',1,'verified','2026-12-07 23:16:36.000000','2026-12-07 23:17:20.000000','2026-12-07 23:17:20.000000','2026-12-07 23:17:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(115,2,5,'Network for Migrant Justice','network for migrant justice','Tucson','AZ','United States','','','Fatima Núñez','Director','firmante128@org128.example.org',1,'verified','2026-12-07 23:17:52.000000','2026-12-07 23:18:36.000000','2026-12-07 23:18:36.000000','2026-12-07 23:18:36.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(116,2,6,'Fundación de Apoyo al Migrante','fundacion de apoyo al migrante','Madrid','','España','https://org129.example.org','','Sakura Øster','Coordinadora','firmante129@org129.example.org',1,'verified','2026-12-07 23:19:08.000000','2026-12-07 23:19:52.000000','2026-12-07 23:19:52.000000','2026-12-07 23:19:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(117,1,2,'Casa del Migrante Saltillo','casa del migrante saltillo','Saltillo','Coahuila','México','','','Alberto Xicoténcatl','Director','rebote@casasaltillo.example.org',1,'pending','2026-12-07 23:20:24.000000','2026-12-07 23:20:24.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(118,1,3,'Network Niñez sin Fronteras','network ninez sin fronteras','Tucson','AZ','United States','','','Fatima Иванова','Director','firmante080@org080.example.org',1,'verified','2026-12-08 00:22:44.000000','2026-12-08 00:23:28.000000','2026-12-08 00:23:28.000000','2026-12-08 00:23:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(119,1,1,'Fundación for Humane Borders','fundacion for humane borders','Madrid','','España','https://org081.example.org','','Sakura García','Coordinadora','firmante081@org081.example.org',1,'pending','2026-12-08 00:24:00.000000','2026-12-08 00:24:00.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(120,1,2,'Comité de Defensoras Comunitarias','comite de defensoras comunitarias','Ciudad de Guatemala','','Guatemala','','','Renée Müller','Policy Officer','firmante082@org082.example.org',1,'pending','2026-12-08 00:24:44.000000','2026-12-08 00:24:44.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(121,1,3,'Institute por los Derechos Humanos','institute por los derechos humanos','Ciudad Juárez','Chihuahua','México','','','Iñaki Peña','Президент','firmante083@org083.example.org',1,'pending','2026-12-08 00:25:28.000000','2026-12-08 00:25:28.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(122,1,1,'Colectivo for Migrant Justice','colectivo for migrant justice','San Salvador','','El Salvador','https://org084.example.org','','Ana Núñez','Director','firmante084@org084.example.org',1,'verified','2026-12-08 00:26:12.000000','2026-12-08 00:26:56.000000','2026-12-08 00:26:56.000000','2026-12-08 00:26:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(123,1,2,'Asociación de Apoyo al Migrante','asociacion de apoyo al migrante','El Paso','TX','United States','','','José Øster','Coordinadora','firmante085@org085.example.org',1,'pending','2026-12-08 00:27:28.000000','2026-12-08 00:27:28.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(124,1,3,'Council for Refugee Rights','council for refugee rights','Berlin','','Deutschland','','','Łukasz O''Brien','Policy Officer','firmante086@org086.example.org',1,'pending','2026-12-08 00:28:12.000000','2026-12-08 00:28:12.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(125,1,1,'Observatorio Frontera Digna','observatorio frontera digna','San Diego','CA','United States','https://org087.example.org','','Zoë 山田','Президент','firmante087@org087.example.org',1,'pending','2026-12-08 00:28:56.000000','2026-12-08 00:28:56.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(126,1,2,'Red Jesuita con Migrantes','red jesuita con migrantes','Tijuana','Baja California','México','','Firmamos en solidaridad con CAME.','María José Martínez','Director','firmante088@org088.example.org',1,'verified','2026-12-08 00:29:40.000000','2026-12-08 00:30:24.000000','2026-12-08 00:30:24.000000','2026-12-08 00:30:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(127,1,3,'Centro de Mujeres Migrantes','centro de mujeres migrantes','San Pedro Sula','Cortés','Honduras','','','Émile Haddad','Coordinadora','firmante089@org089.example.org',1,'pending','2026-12-08 00:30:56.000000','2026-12-08 00:30:56.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(128,1,1,'Coalición for Asylum Seekers','coalicion for asylum seekers','Tapachula','Chiapas','México','https://org090.example.org','','Nuño Dubois','Policy Officer','firmante090@org090.example.org',1,'pending','2026-12-08 00:31:40.000000','2026-12-08 00:31:40.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(129,1,2,'Alliance Niñez sin Fronteras','alliance ninez sin fronteras','Genève','','Suisse','','','Айгуль Иванова','Президент','firmante091@org091.example.org',1,'pending','2026-12-08 00:32:24.000000','2026-12-08 00:32:24.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(130,1,3,'Network for Humane Borders','network for humane borders','Tucson','AZ','United States','','','Fatima García','Director','firmante092@org092.example.org',1,'verified','2026-12-08 00:33:08.000000','2026-12-08 00:33:52.000000','2026-12-08 00:33:52.000000','2026-12-08 00:33:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(131,1,1,'Fundación de Defensoras Comunitarias','fundacion de defensoras comunitarias','Madrid','','España','https://org093.example.org','','Sakura Müller','Coordinadora','firmante093@org093.example.org',1,'pending','2026-12-08 00:34:24.000000','2026-12-08 00:34:24.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(132,1,2,'Comité por los Derechos Humanos','comite por los derechos humanos','Ciudad de Guatemala','','Guatemala','','','Renée Peña','Policy Officer','firmante094@org094.example.org',1,'pending','2026-12-08 00:35:08.000000','2026-12-08 00:35:08.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(133,2,5,'Comité for Refugee Rights','comite for refugee rights','Ciudad de Guatemala','','Guatemala','','','Renée O''Brien','Policy Officer','firmante130@org130.example.org',1,'verified','2026-12-08 00:35:52.000000','2026-12-08 00:36:36.000000','2026-12-08 00:36:36.000000','2026-12-08 00:36:36.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(134,2,6,'Institute Frontera Digna','institute frontera digna','Ciudad Juárez','Chihuahua','México','','','Iñaki 山田','Президент','firmante131@org131.example.org',1,'verified','2026-12-08 00:37:08.000000','2026-12-08 00:37:52.000000','2026-12-08 00:37:52.000000','2026-12-08 00:37:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(135,2,4,'Colectivo for Border Solidarity','colectivo for border solidarity','San Salvador','','El Salvador','https://org132.example.org','Firmamos en solidaridad con CAME.','Ana Martínez','Director','firmante132@org132.example.org',1,'pending','2026-12-08 00:38:24.000000','2026-12-08 00:38:24.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(136,2,5,'Asociación Jesuita con Migrantes','asociacion jesuita con migrantes','El Paso','TX','United States','','','José Haddad','Coordinadora','firmante133@org133.example.org',1,'verified','2026-12-08 00:39:08.000000','2026-12-08 00:39:52.000000','2026-12-08 00:39:52.000000','2026-12-08 00:39:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(137,2,6,'Council de Mujeres Migrantes','council de mujeres migrantes','Berlin','','Deutschland','','','Łukasz Dubois','Policy Officer','firmante134@org134.example.org',1,'verified','2026-12-08 00:40:24.000000','2026-12-08 00:41:08.000000','2026-12-08 00:41:08.000000','2026-12-08 00:41:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(138,2,4,'Observatorio for Asylum Seekers','observatorio for asylum seekers','San Diego','CA','United States','https://org135.example.org','','Zoë Иванова','Президент','firmante135@org135.example.org',1,'pending','2026-12-08 00:41:40.000000','2026-12-08 00:41:40.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(139,2,5,'Red for Humane Borders','red for humane borders','Tijuana','Baja California','México','','','María José García','Director','firmante136@org136.example.org',1,'verified','2026-12-08 00:42:24.000000','2026-12-08 00:43:08.000000','2026-12-08 00:43:08.000000','2026-12-08 00:43:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(140,2,6,'Centro de Defensoras Comunitarias','centro de defensoras comunitarias','San Pedro Sula','Cortés','Honduras','','','Émile Müller','Coordinadora','firmante137@org137.example.org',1,'verified','2026-12-08 00:43:40.000000','2026-12-08 00:44:24.000000','2026-12-08 00:44:24.000000','2026-12-08 00:44:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(141,2,4,'Coalición por los Derechos Humanos','coalicion por los derechos humanos','Tapachula','Chiapas','México','https://org138.example.org','','Nuño Peña','Policy Officer','firmante138@org138.example.org',1,'pending','2026-12-08 00:44:56.000000','2026-12-08 00:44:56.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(142,2,5,'Alliance for Migrant Justice','alliance for migrant justice','Genève','','Suisse','','','Айгуль Núñez','Президент','firmante139@org139.example.org',1,'verified','2026-12-08 00:45:40.000000','2026-12-08 00:46:24.000000','2026-12-08 00:46:24.000000','2026-12-08 00:46:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(143,2,6,'Ärzte für Menschenrechte','arzte fur menschenrechte','Köln','NRW','Deutschland','','','Émile Müller','Coordinadora','firmante005@org005.example.org',1,'verified','2026-12-08 00:46:56.000000','2026-12-08 00:47:40.000000','2026-12-08 00:47:40.000000','2026-12-08 00:47:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(144,1,3,'Institute for Migrant Justice','institute for migrant justice','Ciudad Juárez','Chihuahua','México','','','Iñaki Núñez','Президент','firmante095@org095.example.org',1,'pending','2026-12-08 00:48:17.000000','2026-12-08 00:48:17.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(145,1,1,'Colectivo de Apoyo al Migrante','colectivo de apoyo al migrante','San Salvador','','El Salvador','https://org096.example.org','','Ana Øster','Director','firmante096@org096.example.org',1,'pending','2026-12-08 00:49:01.000000','2026-12-08 00:49:01.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(146,1,2,'Asociación for Refugee Rights','asociacion for refugee rights','El Paso','TX','United States','','','José O''Brien','Coordinadora','firmante097@org097.example.org',1,'pending','2026-12-08 00:49:45.000000','2026-12-08 00:49:45.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(147,1,3,'Council Frontera Digna','council frontera digna','Berlin','','Deutschland','','','Łukasz 山田','Policy Officer','firmante098@org098.example.org',1,'pending','2026-12-08 00:50:29.000000','2026-12-08 00:50:29.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(148,1,1,'Observatorio for Border Solidarity','observatorio for border solidarity','San Diego','CA','United States','https://org099.example.org','Firmamos en solidaridad con CAME.','Zoë Martínez','Президент','firmante099@org099.example.org',1,'pending','2026-12-08 00:51:13.000000','2026-12-08 00:51:13.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(149,2,4,'Network de Apoyo al Migrante','network de apoyo al migrante','Tucson','AZ','United States','','','Fatima Øster','Director','firmante140@org140.example.org',1,'pending','2026-12-08 00:51:57.000000','2026-12-08 00:51:57.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(150,1,1,'Coalición for Migrant Justice','coalicion for migrant justice','Tapachula','','México','https://org150.example.org','','Nuño Núñez','Policy Officer','firmante150@org150.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(151,1,2,'Alliance de Apoyo al Migrante','alliance de apoyo al migrante','Genève','','Suisse','','','Айгуль Øster','Президент','firmante151@org151.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(152,1,3,'Network for Refugee Rights','network for refugee rights','Tucson','','United States','','','Fatima O''Brien','Director','firmante152@org152.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(153,1,1,'Fundación Frontera Digna','fundacion frontera digna','Madrid','','España','https://org153.example.org','','Sakura 山田','Coordinadora','firmante153@org153.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(154,1,2,'Comité for Border Solidarity','comite for border solidarity','Ciudad de Guatemala','','Guatemala','','','Renée Martínez','Policy Officer','firmante154@org154.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(155,1,3,'Institute Jesuita con Migrantes','institute jesuita con migrantes','Ciudad Juárez','','México','','','Iñaki Haddad','Президент','firmante155@org155.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(156,1,1,'Colectivo de Mujeres Migrantes','colectivo de mujeres migrantes','San Salvador','','El Salvador','https://org156.example.org','','Ana Dubois','Director','firmante156@org156.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(157,1,2,'Asociación for Asylum Seekers','asociacion for asylum seekers','El Paso','','United States','','','José Иванова','Coordinadora','firmante157@org157.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(158,1,3,'Council Niñez sin Fronteras','council ninez sin fronteras','Berlin','','Deutschland','','','Łukasz García','Policy Officer','firmante158@org158.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(159,1,1,'Observatorio for Humane Borders','observatorio for humane borders','San Diego','','United States','https://org159.example.org','','Zoë Müller','Президент','firmante159@org159.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(160,1,2,'Red por los Derechos Humanos Tijuana','red por los derechos humanos tijuana','Tijuana','','México','','','María José Peña','Director','firmante160@org160.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(161,1,3,'Centro for Migrant Justice San Pedro Sula','centro for migrant justice san pedro sula','San Pedro Sula','','Honduras','','','Émile Núñez','Coordinadora','firmante161@org161.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(162,1,1,'Coalición de Apoyo al Migrante Tapachula','coalicion de apoyo al migrante tapachula','Tapachula','','México','https://org162.example.org','','Nuño Øster','Policy Officer','firmante162@org162.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(163,1,2,'Alliance for Refugee Rights Genève','alliance for refugee rights geneve','Genève','','Suisse','','','Айгуль O''Brien','Президент','firmante163@org163.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(164,1,3,'Network Frontera Digna Tucson','network frontera digna tucson','Tucson','','United States','','','Fatima 山田','Director','firmante164@org164.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(165,1,1,'Fundación for Border Solidarity Madrid','fundacion for border solidarity madrid','Madrid','','España','https://org165.example.org','','Sakura Martínez','Coordinadora','firmante165@org165.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(166,1,2,'Comité Jesuita con Migrantes Ciudad de Guatemala','comite jesuita con migrantes ciudad de guatemala','Ciudad de Guatemala','','Guatemala','','','Renée Haddad','Policy Officer','firmante166@org166.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(167,1,3,'Institute de Mujeres Migrantes Ciudad Juárez','institute de mujeres migrantes ciudad juarez','Ciudad Juárez','','México','','','Iñaki Dubois','Президент','firmante167@org167.example.org',1,'verified','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','2026-12-08 00:52:44.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(168,4,9,'Council for Humane Borders Berlin','council for humane borders berlin','Berlin','','Deutschland','','','Łukasz Müller','Policy Officer','firmante170@org170.example.org',1,'verified','2026-12-08 00:52:49.000000','2026-12-08 00:53:33.000000','2026-12-08 00:53:33.000000','2026-12-08 00:53:33.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(169,4,10,'Observatorio de Defensoras Comunitarias San Diego','observatorio de defensoras comunitarias san diego','San Diego','CA','United States','https://org171.example.org','','Zoë Peña','Президент','firmante171@org171.example.org',1,'verified','2026-12-08 00:54:05.000000','2026-12-08 00:54:49.000000','2026-12-08 00:54:49.000000','2026-12-08 00:54:49.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(170,4,11,'Red for Migrant Justice Tijuana','red for migrant justice tijuana','Tijuana','Baja California','México','','','María José Núñez','Director','firmante172@org172.example.org',1,'verified','2026-12-08 00:55:21.000000','2026-12-08 00:56:05.000000','2026-12-08 00:56:05.000000','2026-12-08 00:56:05.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(171,4,9,'Centro de Apoyo al Migrante San Pedro Sula','centro de apoyo al migrante san pedro sula','San Pedro Sula','Cortés','Honduras','','','Émile Øster','Coordinadora','firmante173@org173.example.org',1,'verified','2026-12-08 00:56:37.000000','2026-12-08 00:57:21.000000','2026-12-08 00:57:21.000000','2026-12-08 00:57:21.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(172,4,10,'Coalición for Refugee Rights Tapachula','coalicion for refugee rights tapachula','Tapachula','Chiapas','México','https://org174.example.org','','Nuño O''Brien','Policy Officer','firmante174@org174.example.org',1,'pending','2026-12-08 00:57:53.000000','2026-12-08 00:57:53.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(173,2,4,'Colectivo Niñez sin Fronteras San Salvador','colectivo ninez sin fronteras san salvador','San Salvador','','El Salvador','https://org180.example.org','','Ana García','Director','firmante180@org180.example.org',1,'verified','2026-12-08 00:59:20.000000','2026-12-08 01:12:03.000000','2026-12-08 01:00:04.000000','2026-12-08 01:12:03.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(174,2,5,'Asociación for Humane Borders El Paso','asociacion for humane borders el paso','El Paso','TX','United States','','','José Müller','Coordinadora','firmante181@org181.example.org',1,'verified','2026-12-08 01:00:36.000000','2026-12-08 01:12:03.000000','2026-12-08 01:01:20.000000','2026-12-08 01:12:03.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(175,2,6,'Council de Defensoras Comunitarias Berlin','council de defensoras comunitarias berlin','Berlin','','Deutschland','','','Łukasz Peña','Policy Officer','firmante182@org182.example.org',1,'verified','2026-12-08 01:01:52.000000','2026-12-08 01:12:03.000000','2026-12-08 01:02:36.000000','2026-12-08 01:12:03.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(176,2,4,'Observatorio por los Derechos Humanos San Diego','observatorio por los derechos humanos san diego','San Diego','CA','United States','https://org183.example.org','','Zoë Núñez','Президент','firmante183@org183.example.org',1,'verified','2026-12-08 01:03:08.000000','2026-12-08 01:12:03.000000','2026-12-08 01:03:52.000000','2026-12-08 01:12:03.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(177,2,5,'Red de Apoyo al Migrante Tijuana','red de apoyo al migrante tijuana','Tijuana','Baja California','México','','','María José Øster','Director','firmante184@org184.example.org',1,'verified','2026-12-08 01:04:24.000000','2026-12-08 01:12:03.000000','2026-12-08 01:05:08.000000','2026-12-08 01:12:03.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(178,2,6,'Centro for Refugee Rights San Pedro Sula','centro for refugee rights san pedro sula','San Pedro Sula','Cortés','Honduras','','','Émile O''Brien','Coordinadora','firmante185@org185.example.org',1,'rejected','2026-12-08 01:05:40.000000','2026-12-08 01:12:06.000000','2026-12-08 01:06:24.000000',NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(179,2,4,'Coalición Frontera Digna Tapachula','coalicion frontera digna tapachula','Tapachula','Chiapas','México','https://org186.example.org','','Nuño 山田','Policy Officer','firmante186@org186.example.org',1,'pending','2026-12-08 01:06:56.000000','2026-12-08 01:07:40.000000','2026-12-08 01:07:40.000000',NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(180,2,5,'Alliance for Border Solidarity Genève','alliance for border solidarity geneve','Genève','','Suisse','','Firmamos en solidaridad con CAME.','Айгуль Martínez','Президент','firmante187@org187.example.org',1,'pending','2026-12-08 01:08:12.000000','2026-12-08 01:08:56.000000','2026-12-08 01:08:56.000000',NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(181,2,6,'Network Jesuita con Migrantes Tucson','network jesuita con migrantes tucson','Tucson','AZ','United States','','','Fatima Haddad','Director','firmante188@org188.example.org',1,'pending','2026-12-08 01:09:28.000000','2026-12-08 01:10:12.000000','2026-12-08 01:10:12.000000',NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(182,2,4,'Fundación de Mujeres Migrantes Madrid','fundacion de mujeres migrantes madrid','Madrid','','España','https://org189.example.org','','Sakura Dubois','Coordinadora','firmante189@org189.example.org',1,'pending','2026-12-08 01:10:44.000000','2026-12-08 01:11:28.000000','2026-12-08 01:11:28.000000',NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(183,1,1,'Renée Иванова, Comité for Asylum Seekers Ciudad de Guatemala','renee иванова comite for asylum seekers ciudad de guatemala','Ciudad de Guatemala','','Guatemala','','','Renée Иванова','Policy Officer','firmante190@org190.example.org',1,'verified','2026-12-08 01:12:09.000000','2026-12-08 01:12:53.000000','2026-12-08 01:12:53.000000','2026-12-08 01:12:53.000000','127.0.0.1','Werkzeug/3.1.9','+52 55 5555 0100',1,0,0,'mismatch','');
INSERT INTO "signature" VALUES(184,1,2,'Iñaki García, Institute Niñez sin Fronteras Ciudad Juárez','inaki garcia institute ninez sin fronteras ciudad juarez','Ciudad Juárez','Chihuahua','México','','','Iñaki García','Президент','firmante191@org191.example.org',1,'verified','2026-12-08 01:13:25.000000','2026-12-08 01:14:09.000000','2026-12-08 01:14:09.000000','2026-12-08 01:14:09.000000','127.0.0.1','Werkzeug/3.1.9','+52 55 5555 0101',1,0,0,'mismatch','');
INSERT INTO "signature" VALUES(185,1,3,'Ana Müller, Colectivo for Humane Borders San Salvador','ana muller colectivo for humane borders san salvador','San Salvador','','El Salvador','https://org192.example.org','','Ana Müller','Director','firmante192@org192.example.org',1,'pending','2026-12-08 01:14:41.000000','2026-12-08 01:14:41.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','+52 55 5555 0102',1,0,0,'verified','');
INSERT INTO "signature" VALUES(186,1,1,'José Peña, Asociación de Defensoras Comunitarias El Paso','jose pena asociacion de defensoras comunitarias el paso','El Paso','TX','United States','','','José Peña','Coordinadora','firmante193@org193.example.org',1,'verified','2026-12-08 01:15:25.000000','2026-12-08 01:16:09.000000','2026-12-08 01:16:09.000000','2026-12-08 01:16:09.000000','127.0.0.1','Werkzeug/3.1.9','+52 55 5555 0103',1,0,0,'mismatch','');
INSERT INTO "signature" VALUES(187,1,2,'Łukasz Núñez, Council por los Derechos Humanos Berlin','łukasz nunez council por los derechos humanos berlin','Berlin','','Deutschland','','','Łukasz Núñez','Policy Officer','firmante194@org194.example.org',1,'verified','2026-12-08 01:16:41.000000','2026-12-08 01:17:25.000000','2026-12-08 01:17:25.000000','2026-12-08 01:17:25.000000','127.0.0.1','Werkzeug/3.1.9','+52 55 5555 0104',1,0,0,'mismatch','');
INSERT INTO "signature" VALUES(188,2,4,'Observatorio for Migrant Justice San Diego','observatorio for migrant justice san diego','San Diego','CA','United States','https://org195.example.org','','Zoë Øster','Президент','firmante195@org195.example.org',1,'withdrawn','2026-12-08 01:18:20.000000','2026-12-08 01:19:04.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(189,1,2,'Red for Refugee Rights Tijuana','red for refugee rights tijuana','Tijuana','Baja California','México','','','María José O''Brien','Director','firmante196@org196.example.org',1,'pending','2026-12-08 01:19:07.000000','2026-12-08 01:19:07.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
CREATE TABLE "statement" (
	id INTEGER NOT NULL, 
	slug VARCHAR(80) NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	revision INTEGER NOT NULL, 
	language VARCHAR(20) NOT NULL, 
	date DATE, 
	deadline DATETIME, 
	timezone VARCHAR(64) NOT NULL, 
	moderated BOOLEAN NOT NULL, 
	contact_email VARCHAR(320), 
	title VARCHAR(300) NOT NULL, 
	body TEXT NOT NULL, 
	background TEXT NOT NULL, 
	salutation VARCHAR(300) NOT NULL, 
	closing VARCHAR(300) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	paper_size VARCHAR(10) DEFAULT 'a4' NOT NULL, 
	published_at DATETIME, 
	closed_message TEXT DEFAULT '' NOT NULL, 
	review_token VARCHAR(64), 
	website_field VARCHAR(10) DEFAULT 'optional' NOT NULL, 
	phone_field VARCHAR(10) DEFAULT 'hidden' NOT NULL, 
	comment_field VARCHAR(10) DEFAULT 'optional' NOT NULL, 
	allow_individuals BOOLEAN DEFAULT 0 NOT NULL, 
	reminder_sent_at DATETIME, 
	closed_notice_sent_at DATETIME, retention_months INTEGER DEFAULT '12' NOT NULL, contacts_purged_at DATETIME, 
	CONSTRAINT pk_statement PRIMARY KEY (id), 
	CONSTRAINT uq_statement_slug UNIQUE (slug), 
	CONSTRAINT ck_statement_status CHECK (status IN ('draft', 'open', 'closed')), 
	CONSTRAINT ck_statement_paper_size CHECK (paper_size IN ('a4', 'letter')), 
	CONSTRAINT ck_statement_website_field CHECK (website_field IN ('hidden', 'optional', 'required')), 
	CONSTRAINT ck_statement_phone_field CHECK (phone_field IN ('hidden', 'optional', 'required')), 
	CONSTRAINT ck_statement_comment_field CHECK (comment_field IN ('hidden', 'optional', 'required'))
);
INSERT INTO "statement" VALUES(1,'ngos-denounce-national-guard-actions','open',2,'en','2019-06-27','2030-07-01 03:59:00.000000','America/New_York',0,'coalition@lawg.example.org','U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','The undersigned organizations are gravely concerned by the recent actions of the Mexican National
Guard in migration enforcement efforts at the U.S.-Mexico border. Following the agreement that the
United States and Mexico reached on June 7, 2019, the Mexican government agreed to the deployment of
6,000 National Guard members, in particular to Mexico’s southern border with Guatemala.[^1] Since
then, the Mexican government confirmed the deployment of an additional 15,000 National Guard members
to the U.S.-Mexico border.[^2] We have observed the insertion of these security forces into migration
enforcement activities in Mexico with increasing alarm as their roles, responsibilities, and
coordination with Mexico’s National Migration Institute (INM) agents are not clear.

On June 23, 2019, National Guard members approached the building of a migrant shelter, Centro de
Atención al Migrante Exodus (CAME), in Agua Prieta, Sonora, to respond to reports of an armed
individual outside of the facility. When shelter staff told him it was not possible to provide this
information, he followed up with more questions about the mission and funding sources of the
organization. CAME staff established contact with Mexico’s National Human Rights Commission (CNDH)
as the incident was going on.

We urge the Mexican government to:

1. clarify the role of the National Guard with respect to migration enforcement activities;
2. not condone any activity that serves to criminalize human rights defenders;
3. respect the rights of individuals to the freedom of movement and the right to seek international
   protection in the United States or in Mexico.

[^1]: United States Department of State, “U.S.-Mexico Joint Declaration”, 7 June 2019. https://www.state.gov/u-s-mexico-joint-declaration/
[^2]: AFP, “15 mil elementos de la Guardia Nacional impedirán el cruce de migrantes hacia EU”, Animal Político, 24 de junio 2019. http://bit.ly/2xfX610
','On June 23, 2019, National Guard members approached the building of a migrant shelter,
Centro de Atención al Migrante Exodus (CAME), in Agua Prieta, Sonora.[^bg]

[^bg]: Account given by CAME staff to the coalition, 24 June 2019.','','Signed,','2026-12-07 21:08:12.000000','2026-12-08 00:58:56.000000','a4',NULL,'',NULL,'optional','optional','optional',1,NULL,NULL,12,NULL);
INSERT INTO "statement" VALUES(2,'accion-urgente-guardia-nacional','open',1,'es','2019-07-03','2030-08-16 00:00:00.000000','America/Mexico_City',1,'accion-urgente@amnistia.example.org','Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Me han informado de que el 23 de junio de 2019 seis elementos de la Guardia Nacional intentaron
allanar, sin orden judicial ni causa legal, el albergue para migrantes Centro de Atención al Migrante
Exodus (CAME) en Agua Prieta, Sonora.[^1] También hostigaron a los defensores y defensoras de
derechos humanos que trabajan allí.

Le insto a:

- ordenar que la Guardia Nacional deje de inmediato las funciones relacionadas con la migración;
- garantizar la protección de todos los derechos de las personas migrantes y solicitantes de asilo
  en territorio mexicano, y de quienes las defienden.

[^1]: La Guardia Nacional fue desplegada el 6 de junio de 2019 con 6 000 elementos en la frontera sur.
','El 30 de mayo de 2019, el presidente de los Estados Unidos anunció un arancel del 5 % a todos
los bienes procedentes de México.[^a] Según el ACNUR, entre 400 000 y 500 000 personas entran
cada año de forma irregular por la frontera sur de México.

[^a]: Amnistía Internacional, Acción Urgente 93/19, AMR 41/0626/2019.','Señor Presidente, Señora Embajadora:','Atentamente,','2026-12-07 21:08:17.000000','2026-12-08 00:59:14.000000','a4',NULL,'',NULL,'optional','hidden','optional',0,NULL,NULL,12,NULL);
INSERT INTO "statement" VALUES(3,'carta-borrador-albergues','draft',1,'es',NULL,'2031-01-01 05:59:00.000000','America/Mexico_City',0,NULL,'Borrador: carta sobre la protección de los albergues','Las organizaciones firmantes pedimos que ningún agente entre en un albergue sin orden judicial.[^1]

[^1]: Texto de trabajo para la red de albergues.
','','','','2026-12-07 21:08:22.000000','2026-12-07 21:08:22.000000','a4',NULL,'','a3e-07EQrijranRAdMA4-9vZwB2Ac32i','optional','hidden','optional',0,NULL,NULL,12,NULL);
INSERT INTO "statement" VALUES(4,'protect-migrant-shelters','closed',3,'en','2026-12-07','2027-01-07 04:59:00.000000','America/New_York',0,'coalition@example.org','Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','The undersigned organizations are gravely concerned by recent actions of security forces
deployed in migration enforcement near migrant shelters. Following the bilateral agreement
announced this spring, thousands of additional officers were assigned to border regions.[^1]
Their roles, responsibilities and coordination with migration authorities have not been made
public.[^2]

Last month, officers approached a shelter that houses survivors of serious crimes, asked staff
about the people staying there and about the shelter''s funding, and threatened to call for a
migration inspection of the building.[^3] Staff documented the incident with the national human
rights commission while it was taking place.

We urge you to:

1. clarify in writing the role of security forces in migration enforcement;
2. instruct all officers not to enter or question humanitarian shelters without a warrant;
3. guarantee the right of every person to seek international protection.

Shelters and the human rights defenders who run them must be able to do their work without
intimidation.

[^1]: Department of State, "Joint Declaration on Migration", 7 June 2026. https://www.state.gov/
[^2]: Animal Político, "Elementos de seguridad desplegados en la frontera", 24 June 2026. https://www.animalpolitico.com/
[^3]: Amnesty International, Urgent Action "National Guard harasses migrant shelter", www.amnesty.org/en/documents/
','Migrant shelters run by faith groups and civil society have offered food, legal
orientation and a safe place to sleep for more than two decades. Since the new
enforcement agreement was announced, shelter staff in three border states have
reported visits by security forces without a warrant.[^bg]

[^bg]: Shelter Network, "Incident log of visits to shelters", internal report shared with the coalition, 2026.','Dear President and Secretary,','Respectfully,','2026-12-07 21:08:27.000000','2026-12-08 00:58:42.000000','a4','2026-12-08 00:58:42.000000','',NULL,'optional','hidden','optional',0,NULL,'2026-12-08 01:18:00.000000',12,NULL);
CREATE INDEX ix_audit_event_signature_id ON audit_event (signature_id);
CREATE INDEX ix_audit_event_statement_id ON audit_event (statement_id);
CREATE INDEX ix_outbox_message_due ON outbox_message (sent_at, failed_at, next_attempt_at);
CREATE INDEX ix_outbox_message_statement_id ON outbox_message (statement_id);
CREATE INDEX ix_addressee_statement_id ON addressee (statement_id);
CREATE INDEX ix_invitation_statement_id ON invitation (statement_id);
CREATE INDEX ix_membership_coordinator_id ON membership (coordinator_id);
CREATE INDEX ix_signature_statement_id_status ON signature (statement_id, status);
COMMIT;
