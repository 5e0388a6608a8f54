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
INSERT INTO "alembic_version" VALUES('0005');
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
INSERT INTO "audit_event" VALUES(1,'2026-12-07 20:51:26.000000','cli','coordinator.created',NULL,NULL,'{"coordinator_id": 1, "email": "maria@lawg.example.org"}');
INSERT INTO "audit_event" VALUES(2,'2026-12-07 20:51:31.000000','cli','coordinator.created',NULL,NULL,'{"coordinator_id": 2, "email": "tomas@came.example.org"}');
INSERT INTO "audit_event" VALUES(3,'2026-12-07 20:51:36.000000','cli','statement.created',1,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(4,'2026-12-07 20:51:41.000000','cli','statement.created',2,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(5,'2026-12-07 20:51:46.000000','cli','statement.created',3,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(6,'2026-12-07 20:51:51.000000','cli','coordinator.created',NULL,NULL,'{"coordinator_id": 3, "email": "coordinator@example.org"}');
INSERT INTO "audit_event" VALUES(7,'2026-12-07 20:51:51.000000','cli','statement.created',4,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(8,'2026-12-07 20:51:51.000000','cli','signature.added_verified',4,1,'{}');
INSERT INTO "audit_event" VALUES(9,'2026-12-07 20:51:51.000000','cli','signature.added_verified',4,2,'{}');
INSERT INTO "audit_event" VALUES(10,'2026-12-07 20:51:51.000000','cli','signature.added_verified',4,3,'{}');
INSERT INTO "audit_event" VALUES(11,'2026-12-07 20:51:51.000000','cli','signature.added_verified',4,4,'{}');
INSERT INTO "audit_event" VALUES(12,'2026-12-07 20:51:51.000000','cli','signature.added_verified',4,5,'{}');
INSERT INTO "audit_event" VALUES(13,'2026-12-07 20:51:51.000000','cli','signature.added_verified',4,6,'{}');
INSERT INTO "audit_event" VALUES(14,'2026-12-07 20:51:56.000000','public','signature.submitted',1,7,'{}');
INSERT INTO "audit_event" VALUES(15,'2026-12-07 20:52:40.000000','public','signature.confirmed',1,7,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(16,'2026-12-07 20:53:12.000000','public','signature.submitted',1,8,'{}');
INSERT INTO "audit_event" VALUES(17,'2026-12-07 20:53:56.000000','public','signature.confirmed',1,8,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(18,'2026-12-07 20:54:28.000000','public','signature.submitted',1,9,'{}');
INSERT INTO "audit_event" VALUES(19,'2026-12-07 20:55:12.000000','public','signature.confirmed',1,9,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(20,'2026-12-07 20:55:44.000000','public','signature.submitted',1,10,'{}');
INSERT INTO "audit_event" VALUES(21,'2026-12-07 20:56:28.000000','public','signature.confirmed',1,10,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(22,'2026-12-07 20:57:00.000000','public','signature.submitted',1,11,'{}');
INSERT INTO "audit_event" VALUES(23,'2026-12-07 20:57:44.000000','public','signature.submitted',1,12,'{}');
INSERT INTO "audit_event" VALUES(24,'2026-12-07 20:58:28.000000','public','signature.confirmed',1,12,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(25,'2026-12-07 20:59:00.000000','public','signature.submitted',1,13,'{}');
INSERT INTO "audit_event" VALUES(26,'2026-12-07 20:59:44.000000','public','signature.confirmed',1,13,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(27,'2026-12-07 21:00:16.000000','public','signature.submitted',1,14,'{}');
INSERT INTO "audit_event" VALUES(28,'2026-12-07 21:01:00.000000','public','signature.confirmed',1,14,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(29,'2026-12-07 21:01:32.000000','public','signature.submitted',1,15,'{}');
INSERT INTO "audit_event" VALUES(30,'2026-12-07 21:02:16.000000','public','signature.confirmed',1,15,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(31,'2026-12-07 21:02:48.000000','public','signature.submitted',1,16,'{}');
INSERT INTO "audit_event" VALUES(32,'2026-12-07 21:03:32.000000','public','signature.confirmed',1,16,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(33,'2026-12-07 21:04:04.000000','public','signature.submitted',1,17,'{}');
INSERT INTO "audit_event" VALUES(34,'2026-12-07 21:04:48.000000','public','signature.confirmed',1,17,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(35,'2026-12-07 21:05:20.000000','public','signature.submitted',1,18,'{}');
INSERT INTO "audit_event" VALUES(36,'2026-12-07 21:06:04.000000','public','signature.confirmed',1,18,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(37,'2026-12-07 21:06:36.000000','public','signature.submitted',1,19,'{}');
INSERT INTO "audit_event" VALUES(38,'2026-12-07 21:07:20.000000','public','signature.confirmed',1,19,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(39,'2026-12-07 21:07:52.000000','public','signature.submitted',1,20,'{}');
INSERT INTO "audit_event" VALUES(40,'2026-12-07 21:08:36.000000','public','signature.submitted',1,21,'{}');
INSERT INTO "audit_event" VALUES(41,'2026-12-07 21:09:20.000000','public','signature.confirmed',1,21,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(42,'2026-12-07 21:09:52.000000','public','signature.submitted',1,22,'{}');
INSERT INTO "audit_event" VALUES(43,'2026-12-07 21:10:36.000000','public','signature.confirmed',1,22,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(44,'2026-12-07 21:11:08.000000','public','signature.submitted',1,23,'{}');
INSERT INTO "audit_event" VALUES(45,'2026-12-07 21:11:52.000000','public','signature.confirmed',1,23,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(46,'2026-12-07 21:12:24.000000','public','signature.submitted',1,24,'{}');
INSERT INTO "audit_event" VALUES(47,'2026-12-07 21:13:08.000000','public','signature.confirmed',1,24,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(48,'2026-12-07 21:13:40.000000','public','signature.submitted',1,25,'{}');
INSERT INTO "audit_event" VALUES(49,'2026-12-07 21:14:24.000000','public','signature.confirmed',1,25,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(50,'2026-12-07 21:14:56.000000','public','signature.submitted',1,26,'{}');
INSERT INTO "audit_event" VALUES(51,'2026-12-07 21:15:40.000000','public','signature.confirmed',1,26,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(52,'2026-12-07 21:16:12.000000','public','signature.submitted',1,27,'{}');
INSERT INTO "audit_event" VALUES(53,'2026-12-07 21:16:56.000000','public','signature.confirmed',1,27,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(54,'2026-12-07 21:17:28.000000','public','signature.submitted',1,28,'{}');
INSERT INTO "audit_event" VALUES(55,'2026-12-07 21:18:12.000000','public','signature.confirmed',1,28,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(56,'2026-12-07 21:18:44.000000','public','signature.submitted',1,29,'{}');
INSERT INTO "audit_event" VALUES(57,'2026-12-07 21:19:28.000000','public','signature.submitted',1,30,'{}');
INSERT INTO "audit_event" VALUES(58,'2026-12-07 21:20:12.000000','public','signature.confirmed',1,30,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(59,'2026-12-07 21:20:44.000000','public','signature.submitted',1,31,'{}');
INSERT INTO "audit_event" VALUES(60,'2026-12-07 21:21:28.000000','public','signature.confirmed',1,31,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(61,'2026-12-07 21:22:00.000000','public','signature.submitted',1,32,'{}');
INSERT INTO "audit_event" VALUES(62,'2026-12-07 21:22:44.000000','public','signature.confirmed',1,32,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(63,'2026-12-07 21:23:16.000000','public','signature.submitted',1,33,'{}');
INSERT INTO "audit_event" VALUES(64,'2026-12-07 21:24:00.000000','public','signature.confirmed',1,33,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(65,'2026-12-07 21:24:32.000000','public','signature.submitted',1,34,'{}');
INSERT INTO "audit_event" VALUES(66,'2026-12-07 21:25:16.000000','public','signature.confirmed',1,34,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(67,'2026-12-07 21:25:48.000000','public','signature.submitted',1,35,'{}');
INSERT INTO "audit_event" VALUES(68,'2026-12-07 21:26:32.000000','public','signature.confirmed',1,35,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(69,'2026-12-07 21:27:04.000000','public','signature.submitted',1,36,'{}');
INSERT INTO "audit_event" VALUES(70,'2026-12-07 21:27:48.000000','public','signature.confirmed',1,36,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(71,'2026-12-07 21:28:20.000000','public','signature.submitted',1,37,'{}');
INSERT INTO "audit_event" VALUES(72,'2026-12-07 21:29:04.000000','public','signature.confirmed',1,37,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(73,'2026-12-07 21:29:36.000000','public','signature.submitted',1,38,'{}');
INSERT INTO "audit_event" VALUES(74,'2026-12-07 21:30:20.000000','public','signature.submitted',1,39,'{}');
INSERT INTO "audit_event" VALUES(75,'2026-12-07 21:31:04.000000','public','signature.confirmed',1,39,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(76,'2026-12-07 21:31:36.000000','public','signature.submitted',1,40,'{}');
INSERT INTO "audit_event" VALUES(77,'2026-12-07 21:32:20.000000','public','signature.confirmed',1,40,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(78,'2026-12-07 21:32:52.000000','public','signature.submitted',1,41,'{}');
INSERT INTO "audit_event" VALUES(79,'2026-12-07 21:33:36.000000','public','signature.confirmed',1,41,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(80,'2026-12-07 21:34:08.000000','public','signature.submitted',1,42,'{}');
INSERT INTO "audit_event" VALUES(81,'2026-12-07 21:34:52.000000','public','signature.confirmed',1,42,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(82,'2026-12-07 21:35:24.000000','public','signature.submitted',1,43,'{}');
INSERT INTO "audit_event" VALUES(83,'2026-12-07 21:36:08.000000','public','signature.confirmed',1,43,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(84,'2026-12-07 21:36:40.000000','public','signature.submitted',1,44,'{}');
INSERT INTO "audit_event" VALUES(85,'2026-12-07 21:37:24.000000','public','signature.confirmed',1,44,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(86,'2026-12-07 21:37:56.000000','public','signature.submitted',1,45,'{}');
INSERT INTO "audit_event" VALUES(87,'2026-12-07 21:38:40.000000','public','signature.confirmed',1,45,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(88,'2026-12-07 21:39:12.000000','public','signature.submitted',1,46,'{}');
INSERT INTO "audit_event" VALUES(89,'2026-12-07 21:39:56.000000','public','signature.confirmed',1,46,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(90,'2026-12-07 21:40:28.000000','public','signature.submitted',1,47,'{}');
INSERT INTO "audit_event" VALUES(91,'2026-12-07 21:41:12.000000','public','signature.submitted',1,48,'{}');
INSERT INTO "audit_event" VALUES(92,'2026-12-07 21:41:56.000000','public','signature.confirmed',1,48,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(93,'2026-12-07 21:42:28.000000','public','signature.submitted',1,49,'{}');
INSERT INTO "audit_event" VALUES(94,'2026-12-07 21:43:12.000000','public','signature.confirmed',1,49,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(95,'2026-12-07 21:43:44.000000','public','signature.submitted',1,50,'{}');
INSERT INTO "audit_event" VALUES(96,'2026-12-07 21:44:28.000000','public','signature.confirmed',1,50,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(97,'2026-12-07 21:45:00.000000','public','signature.submitted',1,51,'{}');
INSERT INTO "audit_event" VALUES(98,'2026-12-07 21:45:44.000000','public','signature.confirmed',1,51,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(99,'2026-12-07 21:46:16.000000','public','signature.submitted',1,52,'{}');
INSERT INTO "audit_event" VALUES(100,'2026-12-07 21:47:00.000000','public','signature.confirmed',1,52,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(101,'2026-12-07 21:47:32.000000','public','signature.submitted',1,53,'{}');
INSERT INTO "audit_event" VALUES(102,'2026-12-07 21:48:16.000000','public','signature.confirmed',1,53,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(103,'2026-12-07 21:48:48.000000','public','signature.submitted',1,54,'{}');
INSERT INTO "audit_event" VALUES(104,'2026-12-07 21:49:32.000000','public','signature.confirmed',1,54,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(105,'2026-12-07 21:50:04.000000','public','signature.submitted',1,55,'{}');
INSERT INTO "audit_event" VALUES(106,'2026-12-07 21:50:48.000000','public','signature.confirmed',1,55,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(107,'2026-12-07 21:51:20.000000','public','signature.submitted',1,56,'{}');
INSERT INTO "audit_event" VALUES(108,'2026-12-07 21:52:04.000000','public','signature.submitted',1,57,'{}');
INSERT INTO "audit_event" VALUES(109,'2026-12-07 21:52:48.000000','public','signature.confirmed',1,57,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(110,'2026-12-07 21:53:20.000000','public','signature.submitted',1,58,'{}');
INSERT INTO "audit_event" VALUES(111,'2026-12-07 21:54:04.000000','public','signature.confirmed',1,58,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(112,'2026-12-07 21:54:36.000000','public','signature.submitted',1,59,'{}');
INSERT INTO "audit_event" VALUES(113,'2026-12-07 21:55:20.000000','public','signature.confirmed',1,59,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(114,'2026-12-07 21:55:52.000000','public','signature.submitted',1,60,'{}');
INSERT INTO "audit_event" VALUES(115,'2026-12-07 21:56:36.000000','public','signature.confirmed',1,60,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(116,'2026-12-07 21:57:08.000000','public','signature.submitted',1,61,'{}');
INSERT INTO "audit_event" VALUES(117,'2026-12-07 21:57:52.000000','public','signature.confirmed',1,61,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(118,'2026-12-07 21:58:24.000000','public','signature.submitted',1,62,'{}');
INSERT INTO "audit_event" VALUES(119,'2026-12-07 21:59:08.000000','public','signature.confirmed',1,62,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(120,'2026-12-07 21:59:40.000000','public','signature.submitted',1,63,'{}');
INSERT INTO "audit_event" VALUES(121,'2026-12-07 22:00:24.000000','public','signature.confirmed',1,63,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(122,'2026-12-07 22:00:56.000000','public','signature.submitted',1,64,'{}');
INSERT INTO "audit_event" VALUES(123,'2026-12-07 22:01:40.000000','public','signature.confirmed',1,64,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(124,'2026-12-07 22:02:12.000000','public','signature.submitted',1,65,'{}');
INSERT INTO "audit_event" VALUES(125,'2026-12-07 22:02:56.000000','public','signature.submitted',1,66,'{}');
INSERT INTO "audit_event" VALUES(126,'2026-12-07 22:03:40.000000','public','signature.confirmed',1,66,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(127,'2026-12-07 22:04:12.000000','public','signature.submitted',1,67,'{}');
INSERT INTO "audit_event" VALUES(128,'2026-12-07 22:04:56.000000','public','signature.confirmed',1,67,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(129,'2026-12-07 22:05:28.000000','public','signature.submitted',1,68,'{}');
INSERT INTO "audit_event" VALUES(130,'2026-12-07 22:06:12.000000','public','signature.confirmed',1,68,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(131,'2026-12-07 22:06:44.000000','public','signature.submitted',1,69,'{}');
INSERT INTO "audit_event" VALUES(132,'2026-12-07 22:07:28.000000','public','signature.confirmed',1,69,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(133,'2026-12-07 22:08:00.000000','public','signature.submitted',1,70,'{}');
INSERT INTO "audit_event" VALUES(134,'2026-12-07 22:08:44.000000','public','signature.confirmed',1,70,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(135,'2026-12-07 22:09:16.000000','public','signature.submitted',1,71,'{}');
INSERT INTO "audit_event" VALUES(136,'2026-12-07 22:10:00.000000','public','signature.confirmed',1,71,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(137,'2026-12-07 22:10:32.000000','public','signature.submitted',1,72,'{}');
INSERT INTO "audit_event" VALUES(138,'2026-12-07 22:11:16.000000','public','signature.confirmed',1,72,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(139,'2026-12-07 22:11:48.000000','public','signature.submitted',1,73,'{}');
INSERT INTO "audit_event" VALUES(140,'2026-12-07 22:12:32.000000','public','signature.confirmed',1,73,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(141,'2026-12-07 22:13:04.000000','public','signature.submitted',1,74,'{}');
INSERT INTO "audit_event" VALUES(142,'2026-12-07 22:13:48.000000','public','signature.submitted',1,75,'{}');
INSERT INTO "audit_event" VALUES(143,'2026-12-07 22:14:32.000000','public','signature.confirmed',1,75,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(144,'2026-12-07 22:15:04.000000','public','signature.submitted',1,76,'{}');
INSERT INTO "audit_event" VALUES(145,'2026-12-07 22:15:48.000000','public','signature.confirmed',1,76,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(146,'2026-12-07 22:16:20.000000','public','signature.submitted',1,77,'{}');
INSERT INTO "audit_event" VALUES(147,'2026-12-07 22:17:04.000000','public','signature.confirmed',1,77,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(148,'2026-12-07 22:17:36.000000','public','signature.submitted',1,78,'{}');
INSERT INTO "audit_event" VALUES(149,'2026-12-07 22:18:20.000000','public','signature.confirmed',1,78,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(150,'2026-12-07 22:18:52.000000','public','signature.submitted',1,79,'{}');
INSERT INTO "audit_event" VALUES(151,'2026-12-07 22:19:36.000000','public','signature.confirmed',1,79,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(152,'2026-12-07 22:20:08.000000','public','signature.submitted',1,80,'{}');
INSERT INTO "audit_event" VALUES(153,'2026-12-07 22:20:52.000000','public','signature.confirmed',1,80,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(154,'2026-12-07 22:21:24.000000','public','signature.submitted',1,81,'{}');
INSERT INTO "audit_event" VALUES(155,'2026-12-07 22:22:08.000000','public','signature.confirmed',1,81,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(156,'2026-12-07 22:22:40.000000','public','signature.submitted',1,82,'{}');
INSERT INTO "audit_event" VALUES(157,'2026-12-07 22:23:24.000000','public','signature.confirmed',1,82,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(158,'2026-12-07 22:23:56.000000','public','signature.submitted',1,83,'{}');
INSERT INTO "audit_event" VALUES(159,'2026-12-07 22:24:40.000000','public','signature.submitted',1,84,'{}');
INSERT INTO "audit_event" VALUES(160,'2026-12-07 22:25:24.000000','public','signature.confirmed',1,84,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(161,'2026-12-07 22:25:56.000000','public','signature.submitted',1,85,'{}');
INSERT INTO "audit_event" VALUES(162,'2026-12-07 22:26:40.000000','public','signature.confirmed',1,85,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(163,'2026-12-07 22:27:12.000000','public','signature.submitted',1,86,'{}');
INSERT INTO "audit_event" VALUES(164,'2026-12-07 22:27:56.000000','public','signature.confirmed',1,86,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(165,'2026-12-07 22:28:28.000000','public','signature.submitted',2,87,'{}');
INSERT INTO "audit_event" VALUES(166,'2026-12-07 22:29:12.000000','public','signature.confirmed',2,87,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(167,'2026-12-07 22:29:44.000000','public','signature.submitted',2,88,'{}');
INSERT INTO "audit_event" VALUES(168,'2026-12-07 22:30:28.000000','public','signature.submitted',2,89,'{}');
INSERT INTO "audit_event" VALUES(169,'2026-12-07 22:31:12.000000','public','signature.confirmed',2,89,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(170,'2026-12-07 22:31:44.000000','public','signature.submitted',2,90,'{}');
INSERT INTO "audit_event" VALUES(171,'2026-12-07 22:32:28.000000','public','signature.confirmed',2,90,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(172,'2026-12-07 22:33:00.000000','public','signature.submitted',2,91,'{}');
INSERT INTO "audit_event" VALUES(173,'2026-12-07 22:33:44.000000','public','signature.confirmed',2,91,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(174,'2026-12-07 22:34:16.000000','public','signature.submitted',2,92,'{}');
INSERT INTO "audit_event" VALUES(175,'2026-12-07 22:35:00.000000','public','signature.confirmed',2,92,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(176,'2026-12-07 22:35:32.000000','public','signature.submitted',2,93,'{}');
INSERT INTO "audit_event" VALUES(177,'2026-12-07 22:36:16.000000','public','signature.confirmed',2,93,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(178,'2026-12-07 22:36:48.000000','public','signature.submitted',2,94,'{}');
INSERT INTO "audit_event" VALUES(179,'2026-12-07 22:37:32.000000','public','signature.submitted',2,95,'{}');
INSERT INTO "audit_event" VALUES(180,'2026-12-07 22:38:16.000000','public','signature.confirmed',2,95,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(181,'2026-12-07 22:38:48.000000','public','signature.submitted',2,96,'{}');
INSERT INTO "audit_event" VALUES(182,'2026-12-07 22:39:32.000000','public','signature.confirmed',2,96,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(183,'2026-12-07 22:40:04.000000','public','signature.submitted',2,97,'{}');
INSERT INTO "audit_event" VALUES(184,'2026-12-07 22:40:48.000000','public','signature.confirmed',2,97,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(185,'2026-12-07 22:41:20.000000','public','signature.submitted',2,98,'{}');
INSERT INTO "audit_event" VALUES(186,'2026-12-07 22:42:04.000000','public','signature.confirmed',2,98,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(187,'2026-12-07 22:42:36.000000','public','signature.submitted',2,99,'{}');
INSERT INTO "audit_event" VALUES(188,'2026-12-07 22:43:20.000000','public','signature.confirmed',2,99,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(189,'2026-12-07 22:43:52.000000','public','signature.submitted',2,100,'{}');
INSERT INTO "audit_event" VALUES(190,'2026-12-07 22:44:36.000000','public','signature.submitted',2,101,'{}');
INSERT INTO "audit_event" VALUES(191,'2026-12-07 22:45:20.000000','public','signature.confirmed',2,101,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(192,'2026-12-07 22:45:52.000000','public','signature.submitted',2,102,'{}');
INSERT INTO "audit_event" VALUES(193,'2026-12-07 22:46:36.000000','public','signature.confirmed',2,102,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(194,'2026-12-07 22:47:08.000000','public','signature.submitted',2,103,'{}');
INSERT INTO "audit_event" VALUES(195,'2026-12-07 22:47:52.000000','public','signature.confirmed',2,103,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(196,'2026-12-07 22:48:24.000000','public','signature.submitted',2,104,'{}');
INSERT INTO "audit_event" VALUES(197,'2026-12-07 22:49:08.000000','public','signature.confirmed',2,104,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(198,'2026-12-07 22:49:40.000000','public','signature.submitted',2,105,'{}');
INSERT INTO "audit_event" VALUES(199,'2026-12-07 22:50:24.000000','public','signature.confirmed',2,105,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(200,'2026-12-07 22:50:56.000000','public','signature.submitted',2,106,'{}');
INSERT INTO "audit_event" VALUES(201,'2026-12-07 22:51:40.000000','public','signature.submitted',2,107,'{}');
INSERT INTO "audit_event" VALUES(202,'2026-12-07 22:52:24.000000','public','signature.confirmed',2,107,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(203,'2026-12-07 22:52:56.000000','public','signature.submitted',2,108,'{}');
INSERT INTO "audit_event" VALUES(204,'2026-12-07 22:53:40.000000','public','signature.confirmed',2,108,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(205,'2026-12-07 22:54:12.000000','public','signature.submitted',2,109,'{}');
INSERT INTO "audit_event" VALUES(206,'2026-12-07 22:54:56.000000','public','signature.confirmed',2,109,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(207,'2026-12-07 22:55:28.000000','public','signature.submitted',2,110,'{}');
INSERT INTO "audit_event" VALUES(208,'2026-12-07 22:56:12.000000','public','signature.confirmed',2,110,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(209,'2026-12-07 22:56:44.000000','public','signature.submitted',2,111,'{}');
INSERT INTO "audit_event" VALUES(210,'2026-12-07 22:57:28.000000','public','signature.confirmed',2,111,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(211,'2026-12-07 22:58:00.000000','public','signature.submitted',2,112,'{}');
INSERT INTO "audit_event" VALUES(212,'2026-12-07 22:58:44.000000','public','signature.submitted',2,113,'{}');
INSERT INTO "audit_event" VALUES(213,'2026-12-07 22:59:28.000000','public','signature.confirmed',2,113,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(214,'2026-12-07 23:00:00.000000','public','signature.submitted',2,114,'{}');
INSERT INTO "audit_event" VALUES(215,'2026-12-07 23:00:44.000000','public','signature.confirmed',2,114,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(216,'2026-12-07 23:01:16.000000','public','signature.submitted',2,115,'{}');
INSERT INTO "audit_event" VALUES(217,'2026-12-07 23:02:00.000000','public','signature.confirmed',2,115,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(218,'2026-12-07 23:02:32.000000','public','signature.submitted',2,116,'{}');
INSERT INTO "audit_event" VALUES(219,'2026-12-07 23:03:16.000000','public','signature.confirmed',2,116,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(220,'2026-12-07 23:03:48.000000','public','signature.submitted',1,117,'{}');
INSERT INTO "audit_event" VALUES(221,'2026-12-07 23:04:32.000000','public','signature.duplicate_refused',1,7,'{"typed_name": "\u041f\u0420\u0410\u0412\u041e\u0417\u0410\u0429\u0418\u0422\u041d\u042b\u0419 \u0426\u0415\u041d\u0422\u0420 \u00ab\u041c\u0415\u041c\u041e\u0420\u0418\u0410\u041b\u00bb", "source_ip": "127.0.0.1"}');
INSERT INTO "audit_event" VALUES(222,'2026-12-08 00:05:21.000000','public','signature.link_resent',1,11,'{}');
INSERT INTO "audit_event" VALUES(223,'2026-12-08 00:05:24.000000','public','signature.link_resent',1,20,'{}');
INSERT INTO "audit_event" VALUES(224,'2026-12-08 00:06:08.000000','public','signature.submitted',1,118,'{}');
INSERT INTO "audit_event" VALUES(225,'2026-12-08 00:06:52.000000','public','signature.confirmed',1,118,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(226,'2026-12-08 00:07:24.000000','public','signature.submitted',1,119,'{}');
INSERT INTO "audit_event" VALUES(227,'2026-12-08 00:08:08.000000','public','signature.submitted',1,120,'{}');
INSERT INTO "audit_event" VALUES(228,'2026-12-08 00:08:52.000000','public','signature.submitted',1,121,'{}');
INSERT INTO "audit_event" VALUES(229,'2026-12-08 00:09:36.000000','public','signature.submitted',1,122,'{}');
INSERT INTO "audit_event" VALUES(230,'2026-12-08 00:10:20.000000','public','signature.confirmed',1,122,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(231,'2026-12-08 00:10:52.000000','public','signature.submitted',1,123,'{}');
INSERT INTO "audit_event" VALUES(232,'2026-12-08 00:11:36.000000','public','signature.submitted',1,124,'{}');
INSERT INTO "audit_event" VALUES(233,'2026-12-08 00:12:20.000000','public','signature.submitted',1,125,'{}');
INSERT INTO "audit_event" VALUES(234,'2026-12-08 00:13:04.000000','public','signature.submitted',1,126,'{}');
INSERT INTO "audit_event" VALUES(235,'2026-12-08 00:13:48.000000','public','signature.confirmed',1,126,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(236,'2026-12-08 00:14:20.000000','public','signature.submitted',1,127,'{}');
INSERT INTO "audit_event" VALUES(237,'2026-12-08 00:15:04.000000','public','signature.submitted',1,128,'{}');
INSERT INTO "audit_event" VALUES(238,'2026-12-08 00:15:48.000000','public','signature.submitted',1,129,'{}');
INSERT INTO "audit_event" VALUES(239,'2026-12-08 00:16:32.000000','public','signature.submitted',1,130,'{}');
INSERT INTO "audit_event" VALUES(240,'2026-12-08 00:17:16.000000','public','signature.confirmed',1,130,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(241,'2026-12-08 00:17:48.000000','public','signature.submitted',1,131,'{}');
INSERT INTO "audit_event" VALUES(242,'2026-12-08 00:18:32.000000','public','signature.submitted',1,132,'{}');
INSERT INTO "audit_event" VALUES(243,'2026-12-08 00:19:16.000000','public','signature.submitted',2,133,'{}');
INSERT INTO "audit_event" VALUES(244,'2026-12-08 00:20:00.000000','public','signature.confirmed',2,133,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(245,'2026-12-08 00:20:32.000000','public','signature.submitted',2,134,'{}');
INSERT INTO "audit_event" VALUES(246,'2026-12-08 00:21:16.000000','public','signature.confirmed',2,134,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(247,'2026-12-08 00:21:48.000000','public','signature.submitted',2,135,'{}');
INSERT INTO "audit_event" VALUES(248,'2026-12-08 00:22:32.000000','public','signature.submitted',2,136,'{}');
INSERT INTO "audit_event" VALUES(249,'2026-12-08 00:23:16.000000','public','signature.confirmed',2,136,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(250,'2026-12-08 00:23:48.000000','public','signature.submitted',2,137,'{}');
INSERT INTO "audit_event" VALUES(251,'2026-12-08 00:24:32.000000','public','signature.confirmed',2,137,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(252,'2026-12-08 00:25:04.000000','public','signature.submitted',2,138,'{}');
INSERT INTO "audit_event" VALUES(253,'2026-12-08 00:25:48.000000','public','signature.submitted',2,139,'{}');
INSERT INTO "audit_event" VALUES(254,'2026-12-08 00:26:32.000000','public','signature.confirmed',2,139,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(255,'2026-12-08 00:27:04.000000','public','signature.submitted',2,140,'{}');
INSERT INTO "audit_event" VALUES(256,'2026-12-08 00:27:48.000000','public','signature.confirmed',2,140,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(257,'2026-12-08 00:28:20.000000','public','signature.submitted',2,141,'{}');
INSERT INTO "audit_event" VALUES(258,'2026-12-08 00:29:04.000000','public','signature.submitted',2,142,'{}');
INSERT INTO "audit_event" VALUES(259,'2026-12-08 00:29:48.000000','public','signature.confirmed',2,142,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(260,'2026-12-08 00:30:20.000000','public','signature.submitted',2,143,'{}');
INSERT INTO "audit_event" VALUES(261,'2026-12-08 00:31:04.000000','public','signature.confirmed',2,143,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(262,'2026-12-08 00:31:41.000000','public','signature.submitted',1,144,'{}');
INSERT INTO "audit_event" VALUES(263,'2026-12-08 00:32:25.000000','public','signature.submitted',1,145,'{}');
INSERT INTO "audit_event" VALUES(264,'2026-12-08 00:33:09.000000','public','signature.submitted',1,146,'{}');
INSERT INTO "audit_event" VALUES(265,'2026-12-08 00:33:53.000000','public','signature.submitted',1,147,'{}');
INSERT INTO "audit_event" VALUES(266,'2026-12-08 00:34:37.000000','public','signature.submitted',1,148,'{}');
INSERT INTO "audit_event" VALUES(267,'2026-12-08 00:35:21.000000','public','signature.submitted',2,149,'{}');
INSERT INTO "audit_event" VALUES(268,'2026-12-08 00:36:08.000000','coordinator:1','coordinator.logged_out',NULL,NULL,'{}');
INSERT INTO "audit_event" VALUES(269,'2026-12-08 00:36:08.000000','cli','signature.imported',1,150,'{"line": 2}');
INSERT INTO "audit_event" VALUES(270,'2026-12-08 00:36:08.000000','cli','signature.imported',1,151,'{"line": 3}');
INSERT INTO "audit_event" VALUES(271,'2026-12-08 00:36:08.000000','cli','signature.imported',1,152,'{"line": 4}');
INSERT INTO "audit_event" VALUES(272,'2026-12-08 00:36:08.000000','cli','signature.imported',1,153,'{"line": 5}');
INSERT INTO "audit_event" VALUES(273,'2026-12-08 00:36:08.000000','cli','signature.imported',1,154,'{"line": 6}');
INSERT INTO "audit_event" VALUES(274,'2026-12-08 00:36:08.000000','cli','signature.imported',1,155,'{"line": 7}');
INSERT INTO "audit_event" VALUES(275,'2026-12-08 00:36:08.000000','cli','signature.imported',1,156,'{"line": 8}');
INSERT INTO "audit_event" VALUES(276,'2026-12-08 00:36:08.000000','cli','signature.imported',1,157,'{"line": 9}');
INSERT INTO "audit_event" VALUES(277,'2026-12-08 00:36:08.000000','cli','signature.imported',1,158,'{"line": 10}');
INSERT INTO "audit_event" VALUES(278,'2026-12-08 00:36:08.000000','cli','signature.imported',1,159,'{"line": 11}');
INSERT INTO "audit_event" VALUES(279,'2026-12-08 00:36:08.000000','cli','signature.imported',1,160,'{"line": 12}');
INSERT INTO "audit_event" VALUES(280,'2026-12-08 00:36:08.000000','cli','signature.imported',1,161,'{"line": 13}');
INSERT INTO "audit_event" VALUES(281,'2026-12-08 00:36:08.000000','cli','signature.imported',1,162,'{"line": 14}');
INSERT INTO "audit_event" VALUES(282,'2026-12-08 00:36:08.000000','cli','signature.imported',1,163,'{"line": 15}');
INSERT INTO "audit_event" VALUES(283,'2026-12-08 00:36:08.000000','cli','signature.imported',1,164,'{"line": 16}');
INSERT INTO "audit_event" VALUES(284,'2026-12-08 00:36:08.000000','cli','signature.imported',1,165,'{"line": 17}');
INSERT INTO "audit_event" VALUES(285,'2026-12-08 00:36:08.000000','cli','signature.imported',1,166,'{"line": 18}');
INSERT INTO "audit_event" VALUES(286,'2026-12-08 00:36:08.000000','cli','signature.imported',1,167,'{"line": 19}');
INSERT INTO "audit_event" VALUES(287,'2026-12-08 00:36:08.000000','cli','signatures.imported',1,NULL,'{"count": 18}');
INSERT INTO "audit_event" VALUES(288,'2026-12-08 00:36:13.000000','public','signature.submitted',4,168,'{}');
INSERT INTO "audit_event" VALUES(289,'2026-12-08 00:36:57.000000','public','signature.confirmed',4,168,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(290,'2026-12-08 00:37:29.000000','public','signature.submitted',4,169,'{}');
INSERT INTO "audit_event" VALUES(291,'2026-12-08 00:38:13.000000','public','signature.confirmed',4,169,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(292,'2026-12-08 00:38:45.000000','public','signature.submitted',4,170,'{}');
INSERT INTO "audit_event" VALUES(293,'2026-12-08 00:39:29.000000','public','signature.confirmed',4,170,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(294,'2026-12-08 00:40:01.000000','public','signature.submitted',4,171,'{}');
INSERT INTO "audit_event" VALUES(295,'2026-12-08 00:40:45.000000','public','signature.confirmed',4,171,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(296,'2026-12-08 00:41:17.000000','public','signature.submitted',4,172,'{}');
INSERT INTO "audit_event" VALUES(297,'2026-12-08 00:42:01.000000','cli','statement.closed',4,NULL,'{"revision": 2}');
INSERT INTO "audit_event" VALUES(298,'2026-12-08 00:42:06.000000','cli','statement.published',4,NULL,'{"emails": 5}');
INSERT INTO "audit_event" VALUES(299,'2026-12-08 00:42:14.000000','coordinator:1','team.invited',1,NULL,'{"invitation_id": 1, "email": "ines@wola.example.org", "role": "editor"}');
INSERT INTO "audit_event" VALUES(300,'2026-12-08 00:42:17.000000','coordinator:1','team.invited',1,NULL,'{"invitation_id": 2, "email": "otto@other.example.org", "role": "owner"}');
INSERT INTO "audit_event" VALUES(301,'2026-12-08 00:42:20.000000','coordinator:1','statement.sign_form_updated',1,NULL,'{"revision": 2, "website": "optional", "phone": "optional", "comment": "optional", "allow_individuals": true}');
INSERT INTO "audit_event" VALUES(302,'2026-12-08 00:42:23.000000','coordinator:1','signature.pinned',1,14,'{}');
INSERT INTO "audit_event" VALUES(303,'2026-12-08 00:42:23.000000','coordinator:1','signature.pinned',1,9,'{}');
INSERT INTO "audit_event" VALUES(304,'2026-12-08 00:42:26.000000','coordinator:1','signature.hidden',1,27,'{}');
INSERT INTO "audit_event" VALUES(305,'2026-12-08 00:42:29.000000','coordinator:1','signature.rejected',1,38,'{"previous_status": "pending", "message": "No es una organizaci\u00f3n."}');
INSERT INTO "audit_event" VALUES(306,'2026-12-08 00:42:32.000000','coordinator:1','coordinator.logged_out',NULL,NULL,'{}');
INSERT INTO "audit_event" VALUES(307,'2026-12-08 00:42:32.000000','coordinator:4','coordinator.created',NULL,NULL,'{"coordinator_id": 4, "email": "ines@wola.example.org"}');
INSERT INTO "audit_event" VALUES(308,'2026-12-08 00:42:32.000000','coordinator:4','team.invitation_accepted',1,NULL,'{"invitation_id": 1, "email": "ines@wola.example.org", "role": "editor"}');
INSERT INTO "audit_event" VALUES(309,'2026-12-08 00:42:35.000000','coordinator:4','coordinator.logged_out',NULL,NULL,'{}');
INSERT INTO "audit_event" VALUES(310,'2026-12-08 00:42:38.000000','coordinator:2','statement.moderation_changed',2,NULL,'{"moderated": true}');
INSERT INTO "audit_event" VALUES(311,'2026-12-08 00:42:41.000000','coordinator:2','statement.review_link_created',3,NULL,'{}');
INSERT INTO "audit_event" VALUES(312,'2026-12-08 00:42:44.000000','coordinator:2','coordinator.logged_out',NULL,NULL,'{}');
INSERT INTO "audit_event" VALUES(313,'2026-12-08 00:42:44.000000','public','signature.submitted',2,173,'{}');
INSERT INTO "audit_event" VALUES(314,'2026-12-08 00:43:28.000000','public','signature.confirmed',2,173,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(315,'2026-12-08 00:44:00.000000','public','signature.submitted',2,174,'{}');
INSERT INTO "audit_event" VALUES(316,'2026-12-08 00:44:44.000000','public','signature.confirmed',2,174,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(317,'2026-12-08 00:45:16.000000','public','signature.submitted',2,175,'{}');
INSERT INTO "audit_event" VALUES(318,'2026-12-08 00:46:00.000000','public','signature.confirmed',2,175,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(319,'2026-12-08 00:46:32.000000','public','signature.submitted',2,176,'{}');
INSERT INTO "audit_event" VALUES(320,'2026-12-08 00:47:16.000000','public','signature.confirmed',2,176,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(321,'2026-12-08 00:47:48.000000','public','signature.submitted',2,177,'{}');
INSERT INTO "audit_event" VALUES(322,'2026-12-08 00:48:32.000000','public','signature.confirmed',2,177,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(323,'2026-12-08 00:49:04.000000','public','signature.submitted',2,178,'{}');
INSERT INTO "audit_event" VALUES(324,'2026-12-08 00:49:48.000000','public','signature.confirmed',2,178,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(325,'2026-12-08 00:50:20.000000','public','signature.submitted',2,179,'{}');
INSERT INTO "audit_event" VALUES(326,'2026-12-08 00:51:04.000000','public','signature.confirmed',2,179,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(327,'2026-12-08 00:51:36.000000','public','signature.submitted',2,180,'{}');
INSERT INTO "audit_event" VALUES(328,'2026-12-08 00:52:20.000000','public','signature.confirmed',2,180,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(329,'2026-12-08 00:52:52.000000','public','signature.submitted',2,181,'{}');
INSERT INTO "audit_event" VALUES(330,'2026-12-08 00:53:36.000000','public','signature.confirmed',2,181,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(331,'2026-12-08 00:54:08.000000','public','signature.submitted',2,182,'{}');
INSERT INTO "audit_event" VALUES(332,'2026-12-08 00:54:52.000000','public','signature.confirmed',2,182,'{"status": "pending"}');
INSERT INTO "audit_event" VALUES(333,'2026-12-08 00:55:27.000000','coordinator:2','signature.approved',2,173,'{"previous_status": "pending"}');
INSERT INTO "audit_event" VALUES(334,'2026-12-08 00:55:27.000000','coordinator:2','signature.approved',2,174,'{"previous_status": "pending"}');
INSERT INTO "audit_event" VALUES(335,'2026-12-08 00:55:27.000000','coordinator:2','signature.approved',2,175,'{"previous_status": "pending"}');
INSERT INTO "audit_event" VALUES(336,'2026-12-08 00:55:27.000000','coordinator:2','signature.approved',2,176,'{"previous_status": "pending"}');
INSERT INTO "audit_event" VALUES(337,'2026-12-08 00:55:27.000000','coordinator:2','signature.approved',2,177,'{"previous_status": "pending"}');
INSERT INTO "audit_event" VALUES(338,'2026-12-08 00:55:30.000000','coordinator:2','signature.rejected',2,178,'{"previous_status": "pending", "message": "Duplicada."}');
INSERT INTO "audit_event" VALUES(339,'2026-12-08 00:55:33.000000','coordinator:2','coordinator.logged_out',NULL,NULL,'{}');
INSERT INTO "audit_event" VALUES(340,'2026-12-08 00:55:33.000000','public','signature.submitted',1,183,'{}');
INSERT INTO "audit_event" VALUES(341,'2026-12-08 00:56:17.000000','public','signature.confirmed',1,183,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(342,'2026-12-08 00:56:49.000000','public','signature.submitted',1,184,'{}');
INSERT INTO "audit_event" VALUES(343,'2026-12-08 00:57:33.000000','public','signature.confirmed',1,184,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(344,'2026-12-08 00:58:05.000000','public','signature.submitted',1,185,'{}');
INSERT INTO "audit_event" VALUES(345,'2026-12-08 00:58:49.000000','public','signature.submitted',1,186,'{}');
INSERT INTO "audit_event" VALUES(346,'2026-12-08 00:59:33.000000','public','signature.confirmed',1,186,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(347,'2026-12-08 01:00:05.000000','public','signature.submitted',1,187,'{}');
INSERT INTO "audit_event" VALUES(348,'2026-12-08 01:00:49.000000','public','signature.confirmed',1,187,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(349,'2026-12-08 01:01:21.000000','public','coordinator.password_reset_requested',NULL,NULL,'{"coordinator_id": 2}');
INSERT INTO "audit_event" VALUES(350,'2026-12-08 01:01:24.000000','system','statement.closed_notice_sent',4,NULL,'{"recipients": 1, "verified": 10}');
INSERT INTO "audit_event" VALUES(351,'2026-12-08 01:01:29.000000','public','signature.manage_link_sent',1,47,'{}');
INSERT INTO "audit_event" VALUES(352,'2026-12-08 01:01:32.000000','public','signature.manage_link_sent',1,48,'{}');
INSERT INTO "audit_event" VALUES(353,'2026-12-08 01:01:35.000000','public','signature.manage_link_sent',1,49,'{}');
INSERT INTO "audit_event" VALUES(354,'2026-12-08 01:01:38.000000','public','signature.withdrawn',1,47,'{"previous_status": "awaiting_confirmation", "via": "manage"}');
INSERT INTO "audit_event" VALUES(355,'2026-12-08 01:01:41.000000','public','signature.edited',1,48,'{"changed": ["organization_name", "website", "comment"], "before": {"organization_name": "Centro for Refugee Rights", "category": "International Organizations", "city": "San Pedro Sula", "region": "Cort\u00e9s", "country": "Honduras", "website": "", "comment": ""}, "after": {"organization_name": "Centro for Refugee Rights (Sede Central)", "category": "International Organizations", "city": "San Pedro Sula", "region": "Cort\u00e9s", "country": "Honduras", "website": "https://sede.example.org", "comment": "Corregido."}, "via": "manage"}');
INSERT INTO "audit_event" VALUES(356,'2026-12-08 01:01:44.000000','public','signature.submitted',2,188,'{}');
INSERT INTO "audit_event" VALUES(357,'2026-12-08 01:02:28.000000','public','signature.withdrawn',2,188,'{"previous_status": "awaiting_confirmation", "via": "not_me"}');
INSERT INTO "audit_event" VALUES(358,'2026-12-08 01:02:31.000000','public','signature.submitted',1,189,'{}');
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
INSERT INTO "coordinator" VALUES(1,'maria@lawg.example.org','María José Núñez','pbkdf2:sha256:1000$t1foypd6xIpAtIKl$e3464665247cb87ec3bc555a66a94e9d9b209c47c89a85f4ad9e4170d79cb6b0',3,'2026-12-07 20:51:26.000000');
INSERT INTO "coordinator" VALUES(2,'tomas@came.example.org','Tomás Ibáñez','pbkdf2:sha256:1000$E5n5zQO8CJvgnPII$8ff21a2a6e26cde75c0dfa76411cee8037afdd83670622ea7655a9244f902ce8',3,'2026-12-07 20:51:31.000000');
INSERT INTO "coordinator" VALUES(3,'coordinator@example.org','Demo Coordinator','pbkdf2:sha256:1000$OGlezyre91oIdUlC$c07e65cb566d15aa7060262828175cd6f93cb9c127349f2635087717b27fec5b',1,'2026-12-07 20:51:51.000000');
INSERT INTO "coordinator" VALUES(4,'ines@wola.example.org','Inés Fernández','pbkdf2:sha256:1000$biZ4fyAnRNHI7diR$4b197de50884584b81a413e154c4972d7e6f3c4997de12a9608b4eaf588eea45',2,'2026-12-08 00:42:32.000000');
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
INSERT INTO "invitation" VALUES(1,1,'ines@wola.example.org','editor','7edb882f2b12dfcddf35c8b71ce04cef6a76043868bd2843e874f1ce678a5796',1,'2026-12-08 00:42:14.000000','2026-12-15 00:42:14.000000','2026-12-08 00:42:32.000000',NULL);
INSERT INTO "invitation" VALUES(2,1,'otto@other.example.org','owner','dafcdbbaa2a0c705d10a57de2c6cbdc96cd7a64962380e8f7989300144cbfdce',1,'2026-12-08 00:42:17.000000','2026-12-15 00:42:17.000000',NULL,NULL);
CREATE TABLE "membership" (
	id INTEGER NOT NULL, 
	statement_id INTEGER NOT NULL, 
	coordinator_id INTEGER NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	notify VARCHAR(10) DEFAULT 'each' NOT NULL, 
	digest_sent_at DATETIME, 
	CONSTRAINT pk_membership PRIMARY KEY (id), 
	CONSTRAINT uq_membership_statement_id_coordinator_id UNIQUE (statement_id, coordinator_id), 
	CONSTRAINT fk_membership_coordinator_id_coordinator FOREIGN KEY(coordinator_id) REFERENCES coordinator (id) ON DELETE CASCADE, 
	CONSTRAINT fk_membership_statement_id_statement FOREIGN KEY(statement_id) REFERENCES statement (id) ON DELETE CASCADE, 
	CONSTRAINT ck_membership_role CHECK (role IN ('owner', 'editor')), 
	CONSTRAINT ck_membership_notify CHECK (notify IN ('each', 'digest', 'none'))
);
INSERT INTO "membership" VALUES(1,1,1,'owner','each','2026-12-08 01:01:24.000000');
INSERT INTO "membership" VALUES(2,1,2,'owner','each','2026-12-08 01:01:24.000000');
INSERT INTO "membership" VALUES(3,2,2,'owner','each','2026-12-08 01:01:24.000000');
INSERT INTO "membership" VALUES(4,3,2,'owner','each','2026-12-08 01:01:24.000000');
INSERT INTO "membership" VALUES(5,4,3,'owner','each','2026-12-08 01:01:24.000000');
INSERT INTO "membership" VALUES(6,1,4,'editor','each','2026-12-08 01:01:24.000000');
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

http://signon.example.org/confirm/eyJzIjo3LCJnIjoxNzk2Njc2NzE2MDAwMDAwfQ.axccbA.cZmAhS3nhIAoNU4l2yrQIhLEptw

The link works until 14 Dec 2026, 20:51 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo3LCJnIjoxNzk2Njc2NzE2MDAwMDAwfQ.axccbA.OAhVaiNSxpJbAyHcN1xcfNkdpJI

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Martínez,</p>
<p>You asked to add <strong>Правозащитный центр «Мемориал»</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3LCJnIjoxNzk2Njc2NzE2MDAwMDAwfQ.axccbA.cZmAhS3nhIAoNU4l2yrQIhLEptw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3LCJnIjoxNzk2Njc2NzE2MDAwMDAwfQ.axccbA.cZmAhS3nhIAoNU4l2yrQIhLEptw</p>
<p>The link works until 14 Dec 2026, 20:51 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Правозащитный центр «Мемориал»</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Москва, Россия</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org000.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3LCJnIjoxNzk2Njc2NzE2MDAwMDAwfQ.axccbA.OAhVaiNSxpJbAyHcN1xcfNkdpJI">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668820.26513.2686851274195238473@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:51:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:51:56.000000',1,'2026-12-07 20:51:56.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(2,'firmante001@org001.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Haddad,

You asked to add مركز الخليج لحقوق الإنسان to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4LCJnIjoxNzk2Njc2NzkyMDAwMDAwfQ.axccuA.sYLvXtLGe8agkMoR8aHENj1NdpM

The link works until 14 Dec 2026, 20:53 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: مركز الخليج لحقوق الإنسان
  Category: State and Local Organizations
  Location: بيروت, لبنان
  Signed by: José Haddad, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4LCJnIjoxNzk2Njc2NzkyMDAwMDAwfQ.axccuA.xZ1N0a8BkvcuQ3JaoJGUx1G4Ma0

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Haddad,</p>
<p>You asked to add <strong>مركز الخليج لحقوق الإنسان</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4LCJnIjoxNzk2Njc2NzkyMDAwMDAwfQ.axccuA.sYLvXtLGe8agkMoR8aHENj1NdpM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4LCJnIjoxNzk2Njc2NzkyMDAwMDAwfQ.axccuA.sYLvXtLGe8agkMoR8aHENj1NdpM</p>
<p>The link works until 14 Dec 2026, 20:53 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>مركز الخليج لحقوق الإنسان</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>بيروت, لبنان</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4LCJnIjoxNzk2Njc2NzkyMDAwMDAwfQ.axccuA.xZ1N0a8BkvcuQ3JaoJGUx1G4Ma0">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668824.26513.2373767339884921977@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:53:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:53:12.000000',1,'2026-12-07 20:53:12.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(3,'firmante002@org002.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Dubois,

You asked to add 移民支援ネットワーク to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5LCJnIjoxNzk2Njc2ODY4MDAwMDAwfQ.axcdBA.KuSJs4q5GbKTku9r112y-hEE6Co

The link works until 14 Dec 2026, 20:54 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: 移民支援ネットワーク
  Category: International Organizations
  Location: 東京, 日本
  Signed by: Łukasz Dubois, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5LCJnIjoxNzk2Njc2ODY4MDAwMDAwfQ.axcdBA.On_Mbr-R8YW4rWYAdIssK9IEKqg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Dubois,</p>
<p>You asked to add <strong>移民支援ネットワーク</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5LCJnIjoxNzk2Njc2ODY4MDAwMDAwfQ.axcdBA.KuSJs4q5GbKTku9r112y-hEE6Co" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5LCJnIjoxNzk2Njc2ODY4MDAwMDAwfQ.axcdBA.KuSJs4q5GbKTku9r112y-hEE6Co</p>
<p>The link works until 14 Dec 2026, 20:54 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>移民支援ネットワーク</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>東京, 日本</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5LCJnIjoxNzk2Njc2ODY4MDAwMDAwfQ.axcdBA.On_Mbr-R8YW4rWYAdIssK9IEKqg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668834.26513.17909328246748422963@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:54:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:54:28.000000',1,'2026-12-07 20:54:28.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(4,'firmante003@org003.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Иванова,

You asked to add 中国劳工通讯 to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMCwiZyI6MTc5NjY3Njk0NDAwMDAwMH0.axcdUA.N5_BN896nX-J-Wt4OFbsOFiF9KA

The link works until 14 Dec 2026, 20:55 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMCwiZyI6MTc5NjY3Njk0NDAwMDAwMH0.axcdUA.pD_y76P2rJ1uvW-P7qfmWnfofXE

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Иванова,</p>
<p>You asked to add <strong>中国劳工通讯</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMCwiZyI6MTc5NjY3Njk0NDAwMDAwMH0.axcdUA.N5_BN896nX-J-Wt4OFbsOFiF9KA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMCwiZyI6MTc5NjY3Njk0NDAwMDAwMH0.axcdUA.N5_BN896nX-J-Wt4OFbsOFiF9KA</p>
<p>The link works until 14 Dec 2026, 20:55 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>中国劳工通讯</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>香港, 中国</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org003.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMCwiZyI6MTc5NjY3Njk0NDAwMDAwMH0.axcdUA.pD_y76P2rJ1uvW-P7qfmWnfofXE">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668836.26513.15679854155694262309@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:55:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:55:44.000000',1,'2026-12-07 20:55:44.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(5,'firmante004@org004.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José García,

You asked to add The Border Justice Project to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMSwiZyI6MTc5NjY3NzAyMDAwMDAwMH0.axcdnA.usTIvUCwKERPhX5mVVXNV_Ydpnc

The link works until 14 Dec 2026, 20:57 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: The Border Justice Project
  Category: State and Local Organizations
  Location: Washington, DC, United States
  Signed by: María José García, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMSwiZyI6MTc5NjY3NzAyMDAwMDAwMH0.axcdnA.iuMyCClNhEmGyxDCN3fAYAO2-FQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José García,</p>
<p>You asked to add <strong>The Border Justice Project</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMSwiZyI6MTc5NjY3NzAyMDAwMDAwMH0.axcdnA.usTIvUCwKERPhX5mVVXNV_Ydpnc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMSwiZyI6MTc5NjY3NzAyMDAwMDAwMH0.axcdnA.usTIvUCwKERPhX5mVVXNV_Ydpnc</p>
<p>The link works until 14 Dec 2026, 20:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>The Border Justice Project</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José García, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMSwiZyI6MTc5NjY3NzAyMDAwMDAwMH0.axcdnA.iuMyCClNhEmGyxDCN3fAYAO2-FQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668837.26513.13680212280101604935@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:57:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:57:00.000000',1,'2026-12-07 20:57:00.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(6,'firmante005@org005.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Müller,

You asked to add Ärzte für Menschenrechte to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMiwiZyI6MTc5NjY3NzA2NDAwMDAwMH0.axcdyA.DC2_kOABAqbfGKpNLy64w3LDAXI

The link works until 14 Dec 2026, 20:57 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Ärzte für Menschenrechte
  Category: International Organizations
  Location: Köln, NRW, Deutschland
  Signed by: Émile Müller, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMiwiZyI6MTc5NjY3NzA2NDAwMDAwMH0.axcdyA.1By0XffGrnM9qlqGv58HQOMnfJs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Müller,</p>
<p>You asked to add <strong>Ärzte für Menschenrechte</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMiwiZyI6MTc5NjY3NzA2NDAwMDAwMH0.axcdyA.DC2_kOABAqbfGKpNLy64w3LDAXI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMiwiZyI6MTc5NjY3NzA2NDAwMDAwMH0.axcdyA.DC2_kOABAqbfGKpNLy64w3LDAXI</p>
<p>The link works until 14 Dec 2026, 20:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ärzte für Menschenrechte</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Köln, NRW, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMiwiZyI6MTc5NjY3NzA2NDAwMDAwMH0.axcdyA.1By0XffGrnM9qlqGv58HQOMnfJs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668839.26513.9895256584175778858@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:57:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:57:44.000000',1,'2026-12-07 20:57:44.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(7,'firmante006@org006.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Peña,

You asked to add Œuvre d''Entraide Œcuménique to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMywiZyI6MTc5NjY3NzE0MDAwMDAwMH0.axceFA.SIRvVxjbd371YbjVO6cv2Sjzmas

The link works until 14 Dec 2026, 20:59 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMywiZyI6MTc5NjY3NzE0MDAwMDAwMH0.axceFA.5s0oWb3vuhDlqTSo_cp2d2JJF9E

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Peña,</p>
<p>You asked to add <strong>Œuvre d&#39;Entraide Œcuménique</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMywiZyI6MTc5NjY3NzE0MDAwMDAwMH0.axceFA.SIRvVxjbd371YbjVO6cv2Sjzmas" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMywiZyI6MTc5NjY3NzE0MDAwMDAwMH0.axceFA.SIRvVxjbd371YbjVO6cv2Sjzmas</p>
<p>The link works until 14 Dec 2026, 20:59 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Œuvre d&#39;Entraide Œcuménique</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Lyon, France</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org006.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMywiZyI6MTc5NjY3NzE0MDAwMDAwMH0.axceFA.5s0oWb3vuhDlqTSo_cp2d2JJF9E">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668841.26513.5935556341984500477@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:59:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:59:00.000000',1,'2026-12-07 20:59:00.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(8,'firmante007@org007.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Núñez,

You asked to add Ñañu Colectivo Indígena to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNCwiZyI6MTc5NjY3NzIxNjAwMDAwMH0.axceYA.Ze9c0jxzsEsJr4_854P8XdwbmTA

The link works until 14 Dec 2026, 21:00 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Ñañu Colectivo Indígena
  Category: State and Local Organizations
  Location: Oaxaca, Oaxaca, México
  Signed by: Айгуль Núñez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNCwiZyI6MTc5NjY3NzIxNjAwMDAwMH0.axceYA.wuh1HU2rDxUDZkMY0ZOZOtSNbQw

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Núñez,</p>
<p>You asked to add <strong>Ñañu Colectivo Indígena</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNCwiZyI6MTc5NjY3NzIxNjAwMDAwMH0.axceYA.Ze9c0jxzsEsJr4_854P8XdwbmTA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNCwiZyI6MTc5NjY3NzIxNjAwMDAwMH0.axceYA.Ze9c0jxzsEsJr4_854P8XdwbmTA</p>
<p>The link works until 14 Dec 2026, 21:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ñañu Colectivo Indígena</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Oaxaca, Oaxaca, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNCwiZyI6MTc5NjY3NzIxNjAwMDAwMH0.axceYA.wuh1HU2rDxUDZkMY0ZOZOtSNbQw">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668843.26513.16571636205094947881@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:00:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:00:16.000000',1,'2026-12-07 21:00:16.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(9,'firmante008@org008.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Øster,

You asked to add Asociación Pro Búsqueda de Niñas y Niños Desaparecidos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNSwiZyI6MTc5NjY3NzI5MjAwMDAwMH0.axcerA.SyMfgR5DcfkFrbYSA4WZ_Y4b1m0

The link works until 14 Dec 2026, 21:01 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación Pro Búsqueda de Niñas y Niños Desaparecidos
  Category: International Organizations
  Location: San Salvador, El Salvador
  Signed by: Fatima Øster, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNSwiZyI6MTc5NjY3NzI5MjAwMDAwMH0.axcerA.oykjk4eDX16aCdnVpZeYlOI4N_w

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Øster,</p>
<p>You asked to add <strong>Asociación Pro Búsqueda de Niñas y Niños Desaparecidos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNSwiZyI6MTc5NjY3NzI5MjAwMDAwMH0.axcerA.SyMfgR5DcfkFrbYSA4WZ_Y4b1m0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNSwiZyI6MTc5NjY3NzI5MjAwMDAwMH0.axcerA.SyMfgR5DcfkFrbYSA4WZ_Y4b1m0</p>
<p>The link works until 14 Dec 2026, 21:01 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Pro Búsqueda de Niñas y Niños Desaparecidos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Øster, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNSwiZyI6MTc5NjY3NzI5MjAwMDAwMH0.axcerA.oykjk4eDX16aCdnVpZeYlOI4N_w">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668845.26513.1137080136499362644@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:01:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:01:32.000000',1,'2026-12-07 21:01:32.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(10,'firmante009@org009.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura O''Brien,

You asked to add Kino Border Initiative to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNiwiZyI6MTc5NjY3NzM2ODAwMDAwMH0.axce-A.2P2C9rGiaaMyhXgPCOSQ2_aYbvk

The link works until 14 Dec 2026, 21:02 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxNiwiZyI6MTc5NjY3NzM2ODAwMDAwMH0.axce-A.gpO6y0XEiU1YVqjNMZHX0Bu0ZVI

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura O&#39;Brien,</p>
<p>You asked to add <strong>Kino Border Initiative</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNiwiZyI6MTc5NjY3NzM2ODAwMDAwMH0.axce-A.2P2C9rGiaaMyhXgPCOSQ2_aYbvk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNiwiZyI6MTc5NjY3NzM2ODAwMDAwMH0.axce-A.2P2C9rGiaaMyhXgPCOSQ2_aYbvk</p>
<p>The link works until 14 Dec 2026, 21:02 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Kino Border Initiative</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Nogales, AZ, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org009.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNiwiZyI6MTc5NjY3NzM2ODAwMDAwMH0.axce-A.gpO6y0XEiU1YVqjNMZHX0Bu0ZVI">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668848.26513.17672493382332846538@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:02:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:02:48.000000',1,'2026-12-07 21:02:48.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(11,'firmante010@org010.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée 山田,

You asked to add Hope Border Institute to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNywiZyI6MTc5NjY3NzQ0NDAwMDAwMH0.axcfRA.hmGiRKHwxxnCs161xD8S4vPz-oE

The link works until 14 Dec 2026, 21:04 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Hope Border Institute
  Category: International Organizations
  Location: El Paso, TX, United States
  Signed by: Renée 山田, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNywiZyI6MTc5NjY3NzQ0NDAwMDAwMH0.axcfRA.hNJCjd0ZCsv28kBYeym63eenFQs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée 山田,</p>
<p>You asked to add <strong>Hope Border Institute</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNywiZyI6MTc5NjY3NzQ0NDAwMDAwMH0.axcfRA.hmGiRKHwxxnCs161xD8S4vPz-oE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNywiZyI6MTc5NjY3NzQ0NDAwMDAwMH0.axcfRA.hmGiRKHwxxnCs161xD8S4vPz-oE</p>
<p>The link works until 14 Dec 2026, 21:04 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Hope Border Institute</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNywiZyI6MTc5NjY3NzQ0NDAwMDAwMH0.axcfRA.hNJCjd0ZCsv28kBYeym63eenFQs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668850.26513.12537275638259842043@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:04:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:04:04.000000',1,'2026-12-07 21:04:04.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(12,'firmante011@org011.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Martínez,

You asked to add Latin America Working Group to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxOCwiZyI6MTc5NjY3NzUyMDAwMDAwMH0.axcfkA.p4XK_WreDNmH2PSqpAg5BTXL0Kk

The link works until 14 Dec 2026, 21:05 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Latin America Working Group
  Category: International Organizations
  Location: Washington, DC, United States
  Signed by: Iñaki Martínez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxOCwiZyI6MTc5NjY3NzUyMDAwMDAwMH0.axcfkA.Odi2il1cIY2GQ4hOhNtaz0S4Z9w

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Martínez,</p>
<p>You asked to add <strong>Latin America Working Group</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxOCwiZyI6MTc5NjY3NzUyMDAwMDAwMH0.axcfkA.p4XK_WreDNmH2PSqpAg5BTXL0Kk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxOCwiZyI6MTc5NjY3NzUyMDAwMDAwMH0.axcfkA.p4XK_WreDNmH2PSqpAg5BTXL0Kk</p>
<p>The link works until 14 Dec 2026, 21:05 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Latin America Working Group</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxOCwiZyI6MTc5NjY3NzUyMDAwMDAwMH0.axcfkA.Odi2il1cIY2GQ4hOhNtaz0S4Z9w">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668854.26513.3653383930930260113@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:05:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:05:20.000000',1,'2026-12-07 21:05:20.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(13,'firmante012@org012.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Haddad,

You asked to add Washington Office on Latin America to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxOSwiZyI6MTc5NjY3NzU5NjAwMDAwMH0.axcf3A.T2hXnnukwzKKznEy61w7dCSC550

The link works until 14 Dec 2026, 21:06 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxOSwiZyI6MTc5NjY3NzU5NjAwMDAwMH0.axcf3A.JzvOQ9s0WqAINHLP7zIelyLKAYA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Haddad,</p>
<p>You asked to add <strong>Washington Office on Latin America</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxOSwiZyI6MTc5NjY3NzU5NjAwMDAwMH0.axcf3A.T2hXnnukwzKKznEy61w7dCSC550" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxOSwiZyI6MTc5NjY3NzU5NjAwMDAwMH0.axcf3A.T2hXnnukwzKKznEy61w7dCSC550</p>
<p>The link works until 14 Dec 2026, 21:06 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Washington Office on Latin America</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org012.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxOSwiZyI6MTc5NjY3NzU5NjAwMDAwMH0.axcf3A.JzvOQ9s0WqAINHLP7zIelyLKAYA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668857.26513.8149245622828074762@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:06:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:06:36.000000',1,'2026-12-07 21:06:36.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(14,'firmante013@org013.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Dubois,

You asked to add Centro de Derechos Humanos Fray Matías de Córdova to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMCwiZyI6MTc5NjY3NzY3MjAwMDAwMH0.axcgKA.JtOYa8uF_1R9KEKoGyN1fAAPpdc

The link works until 14 Dec 2026, 21:07 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Derechos Humanos Fray Matías de Córdova
  Category: State and Local Organizations
  Location: Tapachula, Chiapas, México
  Signed by: José Dubois, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyMCwiZyI6MTc5NjY3NzY3MjAwMDAwMH0.axcgKA.hmv5sfBbLwj9suOYajBbR6TCUt0

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Dubois,</p>
<p>You asked to add <strong>Centro de Derechos Humanos Fray Matías de Córdova</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMCwiZyI6MTc5NjY3NzY3MjAwMDAwMH0.axcgKA.JtOYa8uF_1R9KEKoGyN1fAAPpdc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMCwiZyI6MTc5NjY3NzY3MjAwMDAwMH0.axcgKA.JtOYa8uF_1R9KEKoGyN1fAAPpdc</p>
<p>The link works until 14 Dec 2026, 21:07 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Derechos Humanos Fray Matías de Córdova</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyMCwiZyI6MTc5NjY3NzY3MjAwMDAwMH0.axcgKA.hmv5sfBbLwj9suOYajBbR6TCUt0">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668859.26513.8738484801285931651@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:07:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:07:52.000000',1,'2026-12-07 21:07:52.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(15,'firmante014@org014.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Иванова,

You asked to add Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMSwiZyI6MTc5NjY3NzcxNjAwMDAwMH0.axcgVA.bXqkqxkOsUUZkg4GPY_5xVA8p54

The link works until 14 Dec 2026, 21:08 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo
  Category: International Organizations
  Location: Ciudad de México, México
  Signed by: Łukasz Иванова, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyMSwiZyI6MTc5NjY3NzcxNjAwMDAwMH0.axcgVA.Qo6fAgbGIVX1TuZeTFM9UGryVWM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Иванова,</p>
<p>You asked to add <strong>Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMSwiZyI6MTc5NjY3NzcxNjAwMDAwMH0.axcgVA.bXqkqxkOsUUZkg4GPY_5xVA8p54" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMSwiZyI6MTc5NjY3NzcxNjAwMDAwMH0.axcgVA.bXqkqxkOsUUZkg4GPY_5xVA8p54</p>
<p>The link works until 14 Dec 2026, 21:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de México, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyMSwiZyI6MTc5NjY3NzcxNjAwMDAwMH0.axcgVA.Qo6fAgbGIVX1TuZeTFM9UGryVWM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668861.26513.10425497479603528664@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:08:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:08:36.000000',1,'2026-12-07 21:08:36.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(16,'firmante015@org015.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë García,

You asked to add L''Association des Amis des Migrants to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMiwiZyI6MTc5NjY3Nzc5MjAwMDAwMH0.axcgoA.w2NRsKsKeOS6xq0D7h3BCgOHD-U

The link works until 14 Dec 2026, 21:09 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoyMiwiZyI6MTc5NjY3Nzc5MjAwMDAwMH0.axcgoA.rKg8DvaA7VbIpZcbwzIcQGRxEVU

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë García,</p>
<p>You asked to add <strong>L&#39;Association des Amis des Migrants</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMiwiZyI6MTc5NjY3Nzc5MjAwMDAwMH0.axcgoA.w2NRsKsKeOS6xq0D7h3BCgOHD-U" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMiwiZyI6MTc5NjY3Nzc5MjAwMDAwMH0.axcgoA.w2NRsKsKeOS6xq0D7h3BCgOHD-U</p>
<p>The link works until 14 Dec 2026, 21:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>L&#39;Association des Amis des Migrants</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Montréal, QC, Canada</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org015.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë García, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyMiwiZyI6MTc5NjY3Nzc5MjAwMDAwMH0.axcgoA.rKg8DvaA7VbIpZcbwzIcQGRxEVU">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668865.26513.9593851466199685792@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:09:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:09:52.000000',1,'2026-12-07 21:09:52.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(17,'firmante016@org016.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Müller,

You asked to add Red por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMywiZyI6MTc5NjY3Nzg2ODAwMDAwMH0.axcg7A.WchtSVCWSt9VW2M5H09SuPN17gE

The link works until 14 Dec 2026, 21:11 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red por los Derechos Humanos
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Müller, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyMywiZyI6MTc5NjY3Nzg2ODAwMDAwMH0.axcg7A.sYSdUM4DKy2eweo6t5YdASp_Ch4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Müller,</p>
<p>You asked to add <strong>Red por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMywiZyI6MTc5NjY3Nzg2ODAwMDAwMH0.axcg7A.WchtSVCWSt9VW2M5H09SuPN17gE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMywiZyI6MTc5NjY3Nzg2ODAwMDAwMH0.axcg7A.WchtSVCWSt9VW2M5H09SuPN17gE</p>
<p>The link works until 14 Dec 2026, 21:11 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Müller, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyMywiZyI6MTc5NjY3Nzg2ODAwMDAwMH0.axcg7A.sYSdUM4DKy2eweo6t5YdASp_Ch4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668870.26513.9207516991434537045@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:11:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:11:08.000000',1,'2026-12-07 21:11:08.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(18,'firmante017@org017.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Peña,

You asked to add Centro for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNCwiZyI6MTc5NjY3Nzk0NDAwMDAwMH0.axchOA.PLlOANFX6ImnbiJLzxz6tsmjXZQ

The link works until 14 Dec 2026, 21:12 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Migrant Justice
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Peña, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyNCwiZyI6MTc5NjY3Nzk0NDAwMDAwMH0.axchOA.bzksc-JBa83uA-EbZ5sMXvss9Xo

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Peña,</p>
<p>You asked to add <strong>Centro for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyNCwiZyI6MTc5NjY3Nzk0NDAwMDAwMH0.axchOA.PLlOANFX6ImnbiJLzxz6tsmjXZQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNCwiZyI6MTc5NjY3Nzk0NDAwMDAwMH0.axchOA.PLlOANFX6ImnbiJLzxz6tsmjXZQ</p>
<p>The link works until 14 Dec 2026, 21:12 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyNCwiZyI6MTc5NjY3Nzk0NDAwMDAwMH0.axchOA.bzksc-JBa83uA-EbZ5sMXvss9Xo">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668873.26513.699797237992173492@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:12:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:12:24.000000',1,'2026-12-07 21:12:24.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(19,'firmante018@org018.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Núñez,

You asked to add Coalición de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNSwiZyI6MTc5NjY3ODAyMDAwMDAwMH0.axchhA.ub20nRYLx5fxj3k7iZf27LmNIgU

The link works until 14 Dec 2026, 21:13 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoyNSwiZyI6MTc5NjY3ODAyMDAwMDAwMH0.axchhA.RK55_KnCsUS_36jkrDTFF_OEvFU

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Núñez,</p>
<p>You asked to add <strong>Coalición de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyNSwiZyI6MTc5NjY3ODAyMDAwMDAwMH0.axchhA.ub20nRYLx5fxj3k7iZf27LmNIgU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNSwiZyI6MTc5NjY3ODAyMDAwMDAwMH0.axchhA.ub20nRYLx5fxj3k7iZf27LmNIgU</p>
<p>The link works until 14 Dec 2026, 21:13 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org018.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyNSwiZyI6MTc5NjY3ODAyMDAwMDAwMH0.axchhA.RK55_KnCsUS_36jkrDTFF_OEvFU">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668875.26513.6570016447163402012@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:13:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:13:40.000000',1,'2026-12-07 21:13:40.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(20,'firmante019@org019.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Øster,

You asked to add Alliance for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNiwiZyI6MTc5NjY3ODA5NjAwMDAwMH0.axch0A.i_x8pMIg-_vCcIUMpHtpUwzq5rQ

The link works until 14 Dec 2026, 21:14 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Refugee Rights
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Øster, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyNiwiZyI6MTc5NjY3ODA5NjAwMDAwMH0.axch0A.j3aW1ioVxBlrmiP3lVO8EeuHgcs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Øster,</p>
<p>You asked to add <strong>Alliance for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyNiwiZyI6MTc5NjY3ODA5NjAwMDAwMH0.axch0A.i_x8pMIg-_vCcIUMpHtpUwzq5rQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNiwiZyI6MTc5NjY3ODA5NjAwMDAwMH0.axch0A.i_x8pMIg-_vCcIUMpHtpUwzq5rQ</p>
<p>The link works until 14 Dec 2026, 21:14 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyNiwiZyI6MTc5NjY3ODA5NjAwMDAwMH0.axch0A.j3aW1ioVxBlrmiP3lVO8EeuHgcs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668878.26513.16903728789327569713@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:14:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:14:56.000000',1,'2026-12-07 21:14:56.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(21,'firmante020@org020.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima O''Brien,

You asked to add Network Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNywiZyI6MTc5NjY3ODE3MjAwMDAwMH0.axciHA.lTB_5SoD7ujCNzNaUr4_GYma6C4

The link works until 14 Dec 2026, 21:16 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network Frontera Digna
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima O''Brien, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyNywiZyI6MTc5NjY3ODE3MjAwMDAwMH0.axciHA.n6_f_xuNDq-svgW-K2QEZs8TR18

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima O&#39;Brien,</p>
<p>You asked to add <strong>Network Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyNywiZyI6MTc5NjY3ODE3MjAwMDAwMH0.axciHA.lTB_5SoD7ujCNzNaUr4_GYma6C4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNywiZyI6MTc5NjY3ODE3MjAwMDAwMH0.axciHA.lTB_5SoD7ujCNzNaUr4_GYma6C4</p>
<p>The link works until 14 Dec 2026, 21:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyNywiZyI6MTc5NjY3ODE3MjAwMDAwMH0.axciHA.n6_f_xuNDq-svgW-K2QEZs8TR18">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668880.26513.12697125095428232621@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:16:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:16:12.000000',1,'2026-12-07 21:16:12.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(22,'firmante021@org021.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura 山田,

You asked to add Fundación for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyOCwiZyI6MTc5NjY3ODI0ODAwMDAwMH0.axciaA.UNkBZ4gGLv9XWaPBOZDYLqXU8yY

The link works until 14 Dec 2026, 21:17 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoyOCwiZyI6MTc5NjY3ODI0ODAwMDAwMH0.axciaA.EZiSPoi6sCeV0TA-kZV3V4W1XTE

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura 山田,</p>
<p>You asked to add <strong>Fundación for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyOCwiZyI6MTc5NjY3ODI0ODAwMDAwMH0.axciaA.UNkBZ4gGLv9XWaPBOZDYLqXU8yY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyOCwiZyI6MTc5NjY3ODI0ODAwMDAwMH0.axciaA.UNkBZ4gGLv9XWaPBOZDYLqXU8yY</p>
<p>The link works until 14 Dec 2026, 21:17 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org021.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura 山田, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyOCwiZyI6MTc5NjY3ODI0ODAwMDAwMH0.axciaA.EZiSPoi6sCeV0TA-kZV3V4W1XTE">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668882.26513.5162634087507422921@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:17:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:17:28.000000',1,'2026-12-07 21:17:28.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(23,'firmante022@org022.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Martínez,

You asked to add Comité Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyOSwiZyI6MTc5NjY3ODMyNDAwMDAwMH0.axcitA.XydPAkmZMHxjU_kbT6JwIF2OzoE

The link works until 14 Dec 2026, 21:18 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité Jesuita con Migrantes
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Martínez, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyOSwiZyI6MTc5NjY3ODMyNDAwMDAwMH0.axcitA.ef7hojmtVXuL-VYu1xJXMUlRBOg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Martínez,</p>
<p>You asked to add <strong>Comité Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyOSwiZyI6MTc5NjY3ODMyNDAwMDAwMH0.axcitA.XydPAkmZMHxjU_kbT6JwIF2OzoE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyOSwiZyI6MTc5NjY3ODMyNDAwMDAwMH0.axcitA.XydPAkmZMHxjU_kbT6JwIF2OzoE</p>
<p>The link works until 14 Dec 2026, 21:18 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Martínez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyOSwiZyI6MTc5NjY3ODMyNDAwMDAwMH0.axcitA.ef7hojmtVXuL-VYu1xJXMUlRBOg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668885.26513.14142671309957747491@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:18:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:18:44.000000',1,'2026-12-07 21:18:44.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(24,'firmante023@org023.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Haddad,

You asked to add Institute de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMCwiZyI6MTc5NjY3ODM2ODAwMDAwMH0.axci4A.nu4RgNAPwwzQpPVAABI8k8dD3Cg

The link works until 14 Dec 2026, 21:19 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute de Mujeres Migrantes
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Haddad, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozMCwiZyI6MTc5NjY3ODM2ODAwMDAwMH0.axci4A.iDVZ4ZS4vZdaI5CMQD04ao7vvNo

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Haddad,</p>
<p>You asked to add <strong>Institute de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozMCwiZyI6MTc5NjY3ODM2ODAwMDAwMH0.axci4A.nu4RgNAPwwzQpPVAABI8k8dD3Cg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMCwiZyI6MTc5NjY3ODM2ODAwMDAwMH0.axci4A.nu4RgNAPwwzQpPVAABI8k8dD3Cg</p>
<p>The link works until 14 Dec 2026, 21:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Haddad, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozMCwiZyI6MTc5NjY3ODM2ODAwMDAwMH0.axci4A.iDVZ4ZS4vZdaI5CMQD04ao7vvNo">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668887.26513.11598996413547709098@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:19:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:19:28.000000',1,'2026-12-07 21:19:28.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(25,'firmante024@org024.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Dubois,

You asked to add Colectivo for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMSwiZyI6MTc5NjY3ODQ0NDAwMDAwMH0.axcjLA.P_gsI_YZGW_upKC4Y9mG_hKXjV8

The link works until 14 Dec 2026, 21:20 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjozMSwiZyI6MTc5NjY3ODQ0NDAwMDAwMH0.axcjLA.Poy4gVisPwSAPYkbtM6GLC7MvDQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Dubois,</p>
<p>You asked to add <strong>Colectivo for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozMSwiZyI6MTc5NjY3ODQ0NDAwMDAwMH0.axcjLA.P_gsI_YZGW_upKC4Y9mG_hKXjV8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMSwiZyI6MTc5NjY3ODQ0NDAwMDAwMH0.axcjLA.P_gsI_YZGW_upKC4Y9mG_hKXjV8</p>
<p>The link works until 14 Dec 2026, 21:20 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org024.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Dubois, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozMSwiZyI6MTc5NjY3ODQ0NDAwMDAwMH0.axcjLA.Poy4gVisPwSAPYkbtM6GLC7MvDQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668889.26513.6748527267578484369@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:20:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:20:44.000000',1,'2026-12-07 21:20:44.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(26,'firmante025@org025.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Иванова,

You asked to add Asociación Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMiwiZyI6MTc5NjY3ODUyMDAwMDAwMH0.axcjeA.NpUWt46RWI-xZ0PevSs5lmq9vro

The link works until 14 Dec 2026, 21:22 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación Niñez sin Fronteras
  Category: International Organizations
  Location: El Paso, TX, United States
  Signed by: José Иванова, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozMiwiZyI6MTc5NjY3ODUyMDAwMDAwMH0.axcjeA.-FByFWKwh2Kgs0wL6ak1y3hBPDA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Иванова,</p>
<p>You asked to add <strong>Asociación Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozMiwiZyI6MTc5NjY3ODUyMDAwMDAwMH0.axcjeA.NpUWt46RWI-xZ0PevSs5lmq9vro" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMiwiZyI6MTc5NjY3ODUyMDAwMDAwMH0.axcjeA.NpUWt46RWI-xZ0PevSs5lmq9vro</p>
<p>The link works until 14 Dec 2026, 21:22 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Иванова, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozMiwiZyI6MTc5NjY3ODUyMDAwMDAwMH0.axcjeA.-FByFWKwh2Kgs0wL6ak1y3hBPDA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668892.26513.13946729176336045871@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:22:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:22:00.000000',1,'2026-12-07 21:22:00.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(27,'firmante026@org026.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz García,

You asked to add Council for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMywiZyI6MTc5NjY3ODU5NjAwMDAwMH0.axcjxA.r-4-a6qkihgJj9RrN7q6ZCwY2_c

The link works until 14 Dec 2026, 21:23 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Humane Borders
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz García, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozMywiZyI6MTc5NjY3ODU5NjAwMDAwMH0.axcjxA.HoNfXg7pXkusNfZ6XaHfFEL0Aw0

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz García,</p>
<p>You asked to add <strong>Council for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozMywiZyI6MTc5NjY3ODU5NjAwMDAwMH0.axcjxA.r-4-a6qkihgJj9RrN7q6ZCwY2_c" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMywiZyI6MTc5NjY3ODU5NjAwMDAwMH0.axcjxA.r-4-a6qkihgJj9RrN7q6ZCwY2_c</p>
<p>The link works until 14 Dec 2026, 21:23 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz García, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozMywiZyI6MTc5NjY3ODU5NjAwMDAwMH0.axcjxA.HoNfXg7pXkusNfZ6XaHfFEL0Aw0">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668895.26513.17690139428427328916@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:23:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:23:16.000000',1,'2026-12-07 21:23:16.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(28,'firmante027@org027.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Müller,

You asked to add Observatorio de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNCwiZyI6MTc5NjY3ODY3MjAwMDAwMH0.axckEA.kjRGuRdn6XZrojCKerfLUcalL1I

The link works until 14 Dec 2026, 21:24 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjozNCwiZyI6MTc5NjY3ODY3MjAwMDAwMH0.axckEA.85ICgABJP2RB1JlIMcpSQZtEZ_0

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Müller,</p>
<p>You asked to add <strong>Observatorio de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozNCwiZyI6MTc5NjY3ODY3MjAwMDAwMH0.axckEA.kjRGuRdn6XZrojCKerfLUcalL1I" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNCwiZyI6MTc5NjY3ODY3MjAwMDAwMH0.axckEA.kjRGuRdn6XZrojCKerfLUcalL1I</p>
<p>The link works until 14 Dec 2026, 21:24 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org027.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Müller, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozNCwiZyI6MTc5NjY3ODY3MjAwMDAwMH0.axckEA.85ICgABJP2RB1JlIMcpSQZtEZ_0">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668898.26513.8560084077895666632@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:24:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:24:32.000000',1,'2026-12-07 21:24:32.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(29,'firmante028@org028.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Peña,

You asked to add Red for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNSwiZyI6MTc5NjY3ODc0ODAwMDAwMH0.axckXA.bTUQPOC9fhd8vRHPf2M5iXcKy64

The link works until 14 Dec 2026, 21:25 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Migrant Justice
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Peña, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozNSwiZyI6MTc5NjY3ODc0ODAwMDAwMH0.axckXA.vDbfU-0mSOKGCta4joemd9qnAO0

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Peña,</p>
<p>You asked to add <strong>Red for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozNSwiZyI6MTc5NjY3ODc0ODAwMDAwMH0.axckXA.bTUQPOC9fhd8vRHPf2M5iXcKy64" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNSwiZyI6MTc5NjY3ODc0ODAwMDAwMH0.axckXA.bTUQPOC9fhd8vRHPf2M5iXcKy64</p>
<p>The link works until 14 Dec 2026, 21:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Peña, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozNSwiZyI6MTc5NjY3ODc0ODAwMDAwMH0.axckXA.vDbfU-0mSOKGCta4joemd9qnAO0">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668901.26513.6541116239193501029@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:25:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:25:48.000000',1,'2026-12-07 21:25:48.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(30,'firmante029@org029.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Núñez,

You asked to add Centro de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNiwiZyI6MTc5NjY3ODgyNDAwMDAwMH0.axckqA.WDk0zeDs2HW-_qLvvI5G-29NWCU

The link works until 14 Dec 2026, 21:27 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Apoyo al Migrante
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Núñez, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozNiwiZyI6MTc5NjY3ODgyNDAwMDAwMH0.axckqA.6EY_k_GYaA1-InnwCV0cXZ3eSvo

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Núñez,</p>
<p>You asked to add <strong>Centro de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozNiwiZyI6MTc5NjY3ODgyNDAwMDAwMH0.axckqA.WDk0zeDs2HW-_qLvvI5G-29NWCU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNiwiZyI6MTc5NjY3ODgyNDAwMDAwMH0.axckqA.WDk0zeDs2HW-_qLvvI5G-29NWCU</p>
<p>The link works until 14 Dec 2026, 21:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Núñez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozNiwiZyI6MTc5NjY3ODgyNDAwMDAwMH0.axckqA.6EY_k_GYaA1-InnwCV0cXZ3eSvo">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668903.26513.2628755974246133860@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:27:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:27:04.000000',1,'2026-12-07 21:27:04.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(31,'firmante030@org030.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Øster,

You asked to add Coalición for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNywiZyI6MTc5NjY3ODkwMDAwMDAwMH0.axck9A.uHnNTAPaxvDztSoW1zLUxXsvmP0

The link works until 14 Dec 2026, 21:28 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjozNywiZyI6MTc5NjY3ODkwMDAwMDAwMH0.axck9A.tBGBvCUhFsl510RNu9rAJco6Bcc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Øster,</p>
<p>You asked to add <strong>Coalición for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozNywiZyI6MTc5NjY3ODkwMDAwMDAwMH0.axck9A.uHnNTAPaxvDztSoW1zLUxXsvmP0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNywiZyI6MTc5NjY3ODkwMDAwMDAwMH0.axck9A.uHnNTAPaxvDztSoW1zLUxXsvmP0</p>
<p>The link works until 14 Dec 2026, 21:28 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org030.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Øster, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozNywiZyI6MTc5NjY3ODkwMDAwMDAwMH0.axck9A.tBGBvCUhFsl510RNu9rAJco6Bcc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668907.26513.6279550133282081509@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:28:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:28:20.000000',1,'2026-12-07 21:28:20.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(32,'firmante031@org031.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль O''Brien,

You asked to add Alliance Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozOCwiZyI6MTc5NjY3ODk3NjAwMDAwMH0.axclQA.XOoj2kF2zNv4NA_RSz9PbLX0ABY

The link works until 14 Dec 2026, 21:29 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance Frontera Digna
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль O''Brien, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozOCwiZyI6MTc5NjY3ODk3NjAwMDAwMH0.axclQA.2rtFDtJflSb4Cnegcg58s64EwcI

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль O&#39;Brien,</p>
<p>You asked to add <strong>Alliance Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozOCwiZyI6MTc5NjY3ODk3NjAwMDAwMH0.axclQA.XOoj2kF2zNv4NA_RSz9PbLX0ABY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozOCwiZyI6MTc5NjY3ODk3NjAwMDAwMH0.axclQA.XOoj2kF2zNv4NA_RSz9PbLX0ABY</p>
<p>The link works until 14 Dec 2026, 21:29 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль O&#39;Brien, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozOCwiZyI6MTc5NjY3ODk3NjAwMDAwMH0.axclQA.2rtFDtJflSb4Cnegcg58s64EwcI">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668912.26513.7654721743054857935@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:29:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:29:36.000000',1,'2026-12-07 21:29:36.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(33,'firmante032@org032.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima 山田,

You asked to add Network for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozOSwiZyI6MTc5NjY3OTAyMDAwMDAwMH0.axclbA.06jvKnmOP0CFyyQuBpSzTBfG8Dc

The link works until 14 Dec 2026, 21:30 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network for Border Solidarity
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima 山田, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjozOSwiZyI6MTc5NjY3OTAyMDAwMDAwMH0.axclbA.e_YeUk0moa0z0CtMdgT15ESb6TY

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima 山田,</p>
<p>You asked to add <strong>Network for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozOSwiZyI6MTc5NjY3OTAyMDAwMDAwMH0.axclbA.06jvKnmOP0CFyyQuBpSzTBfG8Dc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozOSwiZyI6MTc5NjY3OTAyMDAwMDAwMH0.axclbA.06jvKnmOP0CFyyQuBpSzTBfG8Dc</p>
<p>The link works until 14 Dec 2026, 21:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima 山田, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjozOSwiZyI6MTc5NjY3OTAyMDAwMDAwMH0.axclbA.e_YeUk0moa0z0CtMdgT15ESb6TY">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668914.26513.11941290488382757754@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:30:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:30:20.000000',1,'2026-12-07 21:30:20.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(34,'firmante033@org033.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Martínez,

You asked to add Fundación Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0MCwiZyI6MTc5NjY3OTA5NjAwMDAwMH0.axcluA.NKAyeWzmNESSBcatrkEk88T7xps

The link works until 14 Dec 2026, 21:31 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo0MCwiZyI6MTc5NjY3OTA5NjAwMDAwMH0.axcluA.6WSjUEA1wM9MEtVKlRMGq3N5Uzk

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Martínez,</p>
<p>You asked to add <strong>Fundación Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0MCwiZyI6MTc5NjY3OTA5NjAwMDAwMH0.axcluA.NKAyeWzmNESSBcatrkEk88T7xps" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0MCwiZyI6MTc5NjY3OTA5NjAwMDAwMH0.axcluA.NKAyeWzmNESSBcatrkEk88T7xps</p>
<p>The link works until 14 Dec 2026, 21:31 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org033.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Martínez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0MCwiZyI6MTc5NjY3OTA5NjAwMDAwMH0.axcluA.6WSjUEA1wM9MEtVKlRMGq3N5Uzk">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668921.26513.9024877724534435578@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:31:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:31:36.000000',1,'2026-12-07 21:31:36.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(35,'firmante034@org034.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Haddad,

You asked to add Comité de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0MSwiZyI6MTc5NjY3OTE3MjAwMDAwMH0.axcmBA.iP8Xcqseqplf1A2Vq_fxQIpq6sE

The link works until 14 Dec 2026, 21:32 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité de Mujeres Migrantes
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Haddad, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0MSwiZyI6MTc5NjY3OTE3MjAwMDAwMH0.axcmBA.4e-Ao7Pa54R3oxvKv1o1mLdtAxc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Haddad,</p>
<p>You asked to add <strong>Comité de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0MSwiZyI6MTc5NjY3OTE3MjAwMDAwMH0.axcmBA.iP8Xcqseqplf1A2Vq_fxQIpq6sE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0MSwiZyI6MTc5NjY3OTE3MjAwMDAwMH0.axcmBA.iP8Xcqseqplf1A2Vq_fxQIpq6sE</p>
<p>The link works until 14 Dec 2026, 21:32 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Haddad, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0MSwiZyI6MTc5NjY3OTE3MjAwMDAwMH0.axcmBA.4e-Ao7Pa54R3oxvKv1o1mLdtAxc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668923.26513.15837143314514415901@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:32:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:32:52.000000',1,'2026-12-07 21:32:52.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(36,'firmante035@org035.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Dubois,

You asked to add Institute for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0MiwiZyI6MTc5NjY3OTI0ODAwMDAwMH0.axcmUA.DcpWYEHAL9s0RJCUX1xd0twYF_M

The link works until 14 Dec 2026, 21:34 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute for Asylum Seekers
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Dubois, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0MiwiZyI6MTc5NjY3OTI0ODAwMDAwMH0.axcmUA.O2VAV1Nw5_ZVBoiCeabuoOwiQpA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Dubois,</p>
<p>You asked to add <strong>Institute for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0MiwiZyI6MTc5NjY3OTI0ODAwMDAwMH0.axcmUA.DcpWYEHAL9s0RJCUX1xd0twYF_M" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0MiwiZyI6MTc5NjY3OTI0ODAwMDAwMH0.axcmUA.DcpWYEHAL9s0RJCUX1xd0twYF_M</p>
<p>The link works until 14 Dec 2026, 21:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Dubois, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0MiwiZyI6MTc5NjY3OTI0ODAwMDAwMH0.axcmUA.O2VAV1Nw5_ZVBoiCeabuoOwiQpA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668926.26513.586600173060231679@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:34:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:34:08.000000',1,'2026-12-07 21:34:08.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(37,'firmante036@org036.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Иванова,

You asked to add Colectivo Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0MywiZyI6MTc5NjY3OTMyNDAwMDAwMH0.axcmnA.ka0D8eUkqScUiXrucdXRlzhmPMc

The link works until 14 Dec 2026, 21:35 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo0MywiZyI6MTc5NjY3OTMyNDAwMDAwMH0.axcmnA.CAAtsMP9hIy7oGDeqRcIk5grToA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Иванова,</p>
<p>You asked to add <strong>Colectivo Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0MywiZyI6MTc5NjY3OTMyNDAwMDAwMH0.axcmnA.ka0D8eUkqScUiXrucdXRlzhmPMc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0MywiZyI6MTc5NjY3OTMyNDAwMDAwMH0.axcmnA.ka0D8eUkqScUiXrucdXRlzhmPMc</p>
<p>The link works until 14 Dec 2026, 21:35 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org036.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Иванова, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0MywiZyI6MTc5NjY3OTMyNDAwMDAwMH0.axcmnA.CAAtsMP9hIy7oGDeqRcIk5grToA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668929.26513.13440782381940404777@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:35:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:35:24.000000',1,'2026-12-07 21:35:24.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(38,'firmante037@org037.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José García,

You asked to add Asociación for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0NCwiZyI6MTc5NjY3OTQwMDAwMDAwMH0.axcm6A.Tl1wtDj4sK8CrJL6GfLRPxtVrkw

The link works until 14 Dec 2026, 21:36 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Humane Borders
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José García, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0NCwiZyI6MTc5NjY3OTQwMDAwMDAwMH0.axcm6A.RvszIxxXfSIoKDp-lj2K5vQcJkM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José García,</p>
<p>You asked to add <strong>Asociación for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0NCwiZyI6MTc5NjY3OTQwMDAwMDAwMH0.axcm6A.Tl1wtDj4sK8CrJL6GfLRPxtVrkw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0NCwiZyI6MTc5NjY3OTQwMDAwMDAwMH0.axcm6A.Tl1wtDj4sK8CrJL6GfLRPxtVrkw</p>
<p>The link works until 14 Dec 2026, 21:36 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José García, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0NCwiZyI6MTc5NjY3OTQwMDAwMDAwMH0.axcm6A.RvszIxxXfSIoKDp-lj2K5vQcJkM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668932.26513.2028130292919189117@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:36:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:36:40.000000',1,'2026-12-07 21:36:40.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(39,'firmante038@org038.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Müller,

You asked to add Council de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0NSwiZyI6MTc5NjY3OTQ3NjAwMDAwMH0.axcnNA.zHlwIKCHAOLSRDiE2cEBNJPsTIw

The link works until 14 Dec 2026, 21:37 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council de Defensoras Comunitarias
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Müller, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0NSwiZyI6MTc5NjY3OTQ3NjAwMDAwMH0.axcnNA.f97-n_7PDRWE3WgNdqRJ7-PVwW4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Müller,</p>
<p>You asked to add <strong>Council de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0NSwiZyI6MTc5NjY3OTQ3NjAwMDAwMH0.axcnNA.zHlwIKCHAOLSRDiE2cEBNJPsTIw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0NSwiZyI6MTc5NjY3OTQ3NjAwMDAwMH0.axcnNA.zHlwIKCHAOLSRDiE2cEBNJPsTIw</p>
<p>The link works until 14 Dec 2026, 21:37 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0NSwiZyI6MTc5NjY3OTQ3NjAwMDAwMH0.axcnNA.f97-n_7PDRWE3WgNdqRJ7-PVwW4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668936.26513.10005799510803213447@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:37:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:37:56.000000',1,'2026-12-07 21:37:56.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(40,'firmante039@org039.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Peña,

You asked to add Observatorio por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0NiwiZyI6MTc5NjY3OTU1MjAwMDAwMH0.axcngA.OtXNbsR72tV-jch0fUQx3fQbMmc

The link works until 14 Dec 2026, 21:39 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo0NiwiZyI6MTc5NjY3OTU1MjAwMDAwMH0.axcngA.KgMUfX8rAPT98gaHwx6pbj7c3Fs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Peña,</p>
<p>You asked to add <strong>Observatorio por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0NiwiZyI6MTc5NjY3OTU1MjAwMDAwMH0.axcngA.OtXNbsR72tV-jch0fUQx3fQbMmc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0NiwiZyI6MTc5NjY3OTU1MjAwMDAwMH0.axcngA.OtXNbsR72tV-jch0fUQx3fQbMmc</p>
<p>The link works until 14 Dec 2026, 21:39 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org039.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0NiwiZyI6MTc5NjY3OTU1MjAwMDAwMH0.axcngA.KgMUfX8rAPT98gaHwx6pbj7c3Fs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668939.26513.10123916697725698590@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:39:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:39:12.000000',1,'2026-12-07 21:39:12.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(41,'firmante040@org040.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Núñez,

You asked to add Red de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0NywiZyI6MTc5NjY3OTYyODAwMDAwMH0.axcnzA.JJvvJexifVt_e5F5nn4BJ1FY-24

The link works until 14 Dec 2026, 21:40 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red de Apoyo al Migrante
  Category: International Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Núñez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0NywiZyI6MTc5NjY3OTYyODAwMDAwMH0.axcnzA.DERKUPQiBYAK9X3s3AOdug27O00

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Núñez,</p>
<p>You asked to add <strong>Red de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0NywiZyI6MTc5NjY3OTYyODAwMDAwMH0.axcnzA.JJvvJexifVt_e5F5nn4BJ1FY-24" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0NywiZyI6MTc5NjY3OTYyODAwMDAwMH0.axcnzA.JJvvJexifVt_e5F5nn4BJ1FY-24</p>
<p>The link works until 14 Dec 2026, 21:40 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0NywiZyI6MTc5NjY3OTYyODAwMDAwMH0.axcnzA.DERKUPQiBYAK9X3s3AOdug27O00">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668942.26513.3902364433672576258@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:40:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:40:28.000000',1,'2026-12-07 21:40:28.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(42,'firmante041@org041.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Øster,

You asked to add Centro for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0OCwiZyI6MTc5NjY3OTY3MjAwMDAwMH0.axcn-A.reyp7f6TD_jl0Ut2aL5JwfBuvrE

The link works until 14 Dec 2026, 21:41 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Refugee Rights
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Øster, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo0OCwiZyI6MTc5NjY3OTY3MjAwMDAwMH0.axcn-A.2d_R7BQFaWDX7i2FY1dDL9zUCLQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Øster,</p>
<p>You asked to add <strong>Centro for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0OCwiZyI6MTc5NjY3OTY3MjAwMDAwMH0.axcn-A.reyp7f6TD_jl0Ut2aL5JwfBuvrE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0OCwiZyI6MTc5NjY3OTY3MjAwMDAwMH0.axcn-A.reyp7f6TD_jl0Ut2aL5JwfBuvrE</p>
<p>The link works until 14 Dec 2026, 21:41 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0OCwiZyI6MTc5NjY3OTY3MjAwMDAwMH0.axcn-A.2d_R7BQFaWDX7i2FY1dDL9zUCLQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668943.26513.17126991576976167836@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:41:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:41:12.000000',1,'2026-12-07 21:41:12.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(43,'firmante042@org042.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño O''Brien,

You asked to add Coalición Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0OSwiZyI6MTc5NjY3OTc0ODAwMDAwMH0.axcoRA.d_sijE1y-T1X7yog_qR6elnFe_M

The link works until 14 Dec 2026, 21:42 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo0OSwiZyI6MTc5NjY3OTc0ODAwMDAwMH0.axcoRA.QK-EKnTiVvNxLxlFGhHOpyIUNi4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño O&#39;Brien,</p>
<p>You asked to add <strong>Coalición Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0OSwiZyI6MTc5NjY3OTc0ODAwMDAwMH0.axcoRA.d_sijE1y-T1X7yog_qR6elnFe_M" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0OSwiZyI6MTc5NjY3OTc0ODAwMDAwMH0.axcoRA.d_sijE1y-T1X7yog_qR6elnFe_M</p>
<p>The link works until 14 Dec 2026, 21:42 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org042.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo0OSwiZyI6MTc5NjY3OTc0ODAwMDAwMH0.axcoRA.QK-EKnTiVvNxLxlFGhHOpyIUNi4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668946.26513.8805316024863170384@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:42:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:42:28.000000',1,'2026-12-07 21:42:28.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(44,'firmante043@org043.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль 山田,

You asked to add Alliance for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1MCwiZyI6MTc5NjY3OTgyNDAwMDAwMH0.axcokA.XNzv4zIqk6NwuDWGnOEIVJYAtHc

The link works until 14 Dec 2026, 21:43 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Border Solidarity
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль 山田, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1MCwiZyI6MTc5NjY3OTgyNDAwMDAwMH0.axcokA.wKzrVS8IMoo7mQ1EpPvrgVfPlHk

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль 山田,</p>
<p>You asked to add <strong>Alliance for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1MCwiZyI6MTc5NjY3OTgyNDAwMDAwMH0.axcokA.XNzv4zIqk6NwuDWGnOEIVJYAtHc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1MCwiZyI6MTc5NjY3OTgyNDAwMDAwMH0.axcokA.XNzv4zIqk6NwuDWGnOEIVJYAtHc</p>
<p>The link works until 14 Dec 2026, 21:43 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль 山田, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1MCwiZyI6MTc5NjY3OTgyNDAwMDAwMH0.axcokA.wKzrVS8IMoo7mQ1EpPvrgVfPlHk">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668951.26513.4483072583545656008@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:43:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:43:44.000000',1,'2026-12-07 21:43:44.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(45,'firmante044@org044.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Martínez,

You asked to add Network Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1MSwiZyI6MTc5NjY3OTkwMDAwMDAwMH0.axco3A.HacwewRDyWGfVLVSyj97p5MGegI

The link works until 14 Dec 2026, 21:45 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network Jesuita con Migrantes
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima Martínez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1MSwiZyI6MTc5NjY3OTkwMDAwMDAwMH0.axco3A.nwEccKsKhASvquQlWvWagvFdS30

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Martínez,</p>
<p>You asked to add <strong>Network Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1MSwiZyI6MTc5NjY3OTkwMDAwMDAwMH0.axco3A.HacwewRDyWGfVLVSyj97p5MGegI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1MSwiZyI6MTc5NjY3OTkwMDAwMDAwMH0.axco3A.HacwewRDyWGfVLVSyj97p5MGegI</p>
<p>The link works until 14 Dec 2026, 21:45 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1MSwiZyI6MTc5NjY3OTkwMDAwMDAwMH0.axco3A.nwEccKsKhASvquQlWvWagvFdS30">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668954.26513.5505445940069379906@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:45:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:45:00.000000',1,'2026-12-07 21:45:00.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(46,'firmante045@org045.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Haddad,

You asked to add Fundación de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1MiwiZyI6MTc5NjY3OTk3NjAwMDAwMH0.axcpKA.WjVtcwie8vOBr9CP67lx0Lj_620

The link works until 14 Dec 2026, 21:46 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo1MiwiZyI6MTc5NjY3OTk3NjAwMDAwMH0.axcpKA.wu1I8RL9ysTe1HhPkFbhheBvvNU

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Haddad,</p>
<p>You asked to add <strong>Fundación de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1MiwiZyI6MTc5NjY3OTk3NjAwMDAwMH0.axcpKA.WjVtcwie8vOBr9CP67lx0Lj_620" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1MiwiZyI6MTc5NjY3OTk3NjAwMDAwMH0.axcpKA.WjVtcwie8vOBr9CP67lx0Lj_620</p>
<p>The link works until 14 Dec 2026, 21:46 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org045.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1MiwiZyI6MTc5NjY3OTk3NjAwMDAwMH0.axcpKA.wu1I8RL9ysTe1HhPkFbhheBvvNU">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668959.26513.17148559805327505015@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:46:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:46:16.000000',1,'2026-12-07 21:46:16.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(47,'firmante046@org046.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Dubois,

You asked to add Comité for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1MywiZyI6MTc5NjY4MDA1MjAwMDAwMH0.axcpdA.10ZMHGsNH4ernhhjZ6ywQaS6E0Y

The link works until 14 Dec 2026, 21:47 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité for Asylum Seekers
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Dubois, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1MywiZyI6MTc5NjY4MDA1MjAwMDAwMH0.axcpdA.vos4AvDJ-g7Ol29nGTneahvvCpk

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Dubois,</p>
<p>You asked to add <strong>Comité for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1MywiZyI6MTc5NjY4MDA1MjAwMDAwMH0.axcpdA.10ZMHGsNH4ernhhjZ6ywQaS6E0Y" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1MywiZyI6MTc5NjY4MDA1MjAwMDAwMH0.axcpdA.10ZMHGsNH4ernhhjZ6ywQaS6E0Y</p>
<p>The link works until 14 Dec 2026, 21:47 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1MywiZyI6MTc5NjY4MDA1MjAwMDAwMH0.axcpdA.vos4AvDJ-g7Ol29nGTneahvvCpk">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668962.26513.4895823314309681541@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:47:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:47:32.000000',1,'2026-12-07 21:47:32.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(48,'firmante047@org047.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Иванова,

You asked to add Institute Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1NCwiZyI6MTc5NjY4MDEyODAwMDAwMH0.axcpwA.OBXWiVTLbn4u82ffym4xaXfKmPs

The link works until 14 Dec 2026, 21:48 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute Niñez sin Fronteras
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Иванова, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1NCwiZyI6MTc5NjY4MDEyODAwMDAwMH0.axcpwA.vLJEeDueMWQfCYVCEIXz6sgMQ_g

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Иванова,</p>
<p>You asked to add <strong>Institute Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1NCwiZyI6MTc5NjY4MDEyODAwMDAwMH0.axcpwA.OBXWiVTLbn4u82ffym4xaXfKmPs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1NCwiZyI6MTc5NjY4MDEyODAwMDAwMH0.axcpwA.OBXWiVTLbn4u82ffym4xaXfKmPs</p>
<p>The link works until 14 Dec 2026, 21:48 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1NCwiZyI6MTc5NjY4MDEyODAwMDAwMH0.axcpwA.vLJEeDueMWQfCYVCEIXz6sgMQ_g">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668965.26513.15268110041054418668@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:48:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:48:48.000000',1,'2026-12-07 21:48:48.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(49,'firmante048@org048.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana García,

You asked to add Colectivo for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1NSwiZyI6MTc5NjY4MDIwNDAwMDAwMH0.axcqDA.CjIVSjXA7LzBmk5MUyT_ywxvGFY

The link works until 14 Dec 2026, 21:50 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo1NSwiZyI6MTc5NjY4MDIwNDAwMDAwMH0.axcqDA.rObjaTni5ruiG7PDvmfkr8Q68P4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana García,</p>
<p>You asked to add <strong>Colectivo for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1NSwiZyI6MTc5NjY4MDIwNDAwMDAwMH0.axcqDA.CjIVSjXA7LzBmk5MUyT_ywxvGFY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1NSwiZyI6MTc5NjY4MDIwNDAwMDAwMH0.axcqDA.CjIVSjXA7LzBmk5MUyT_ywxvGFY</p>
<p>The link works until 14 Dec 2026, 21:50 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org048.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana García, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1NSwiZyI6MTc5NjY4MDIwNDAwMDAwMH0.axcqDA.rObjaTni5ruiG7PDvmfkr8Q68P4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668969.26513.1246293197263173592@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:50:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:50:04.000000',1,'2026-12-07 21:50:04.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(50,'firmante049@org049.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Müller,

You asked to add Asociación de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1NiwiZyI6MTc5NjY4MDI4MDAwMDAwMH0.axcqWA.sc5YPajqKMG9lOSxElylcnm1UeA

The link works until 14 Dec 2026, 21:51 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación de Defensoras Comunitarias
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José Müller, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1NiwiZyI6MTc5NjY4MDI4MDAwMDAwMH0.axcqWA.VtrQIKD6Xt5QxPm6hogjt13Ce_g

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Müller,</p>
<p>You asked to add <strong>Asociación de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1NiwiZyI6MTc5NjY4MDI4MDAwMDAwMH0.axcqWA.sc5YPajqKMG9lOSxElylcnm1UeA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1NiwiZyI6MTc5NjY4MDI4MDAwMDAwMH0.axcqWA.sc5YPajqKMG9lOSxElylcnm1UeA</p>
<p>The link works until 14 Dec 2026, 21:51 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1NiwiZyI6MTc5NjY4MDI4MDAwMDAwMH0.axcqWA.VtrQIKD6Xt5QxPm6hogjt13Ce_g">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668973.26513.15175335998871333086@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:51:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:51:20.000000',1,'2026-12-07 21:51:20.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(51,'firmante050@org050.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Peña,

You asked to add Council por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1NywiZyI6MTc5NjY4MDMyNDAwMDAwMH0.axcqhA.T0VYMy9Ei5iFRdLJ_sun_vp4ux4

The link works until 14 Dec 2026, 21:52 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council por los Derechos Humanos
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Peña, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1NywiZyI6MTc5NjY4MDMyNDAwMDAwMH0.axcqhA.UZWEbPNSvSf5quuPRgjYcIhnKpg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Peña,</p>
<p>You asked to add <strong>Council por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1NywiZyI6MTc5NjY4MDMyNDAwMDAwMH0.axcqhA.T0VYMy9Ei5iFRdLJ_sun_vp4ux4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1NywiZyI6MTc5NjY4MDMyNDAwMDAwMH0.axcqhA.T0VYMy9Ei5iFRdLJ_sun_vp4ux4</p>
<p>The link works until 14 Dec 2026, 21:52 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1NywiZyI6MTc5NjY4MDMyNDAwMDAwMH0.axcqhA.UZWEbPNSvSf5quuPRgjYcIhnKpg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668975.26513.18217275979808803520@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:52:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:52:04.000000',1,'2026-12-07 21:52:04.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(52,'firmante051@org051.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Núñez,

You asked to add Observatorio for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1OCwiZyI6MTc5NjY4MDQwMDAwMDAwMH0.axcq0A.JD4XRFNyUCf9A1OmqUtmOc7yBNs

The link works until 14 Dec 2026, 21:53 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo1OCwiZyI6MTc5NjY4MDQwMDAwMDAwMH0.axcq0A.L_k3q_3sPB0J7zMn-GNpeVY3JA0

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Núñez,</p>
<p>You asked to add <strong>Observatorio for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1OCwiZyI6MTc5NjY4MDQwMDAwMDAwMH0.axcq0A.JD4XRFNyUCf9A1OmqUtmOc7yBNs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1OCwiZyI6MTc5NjY4MDQwMDAwMDAwMH0.axcq0A.JD4XRFNyUCf9A1OmqUtmOc7yBNs</p>
<p>The link works until 14 Dec 2026, 21:53 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org051.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1OCwiZyI6MTc5NjY4MDQwMDAwMDAwMH0.axcq0A.L_k3q_3sPB0J7zMn-GNpeVY3JA0">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668981.26513.17518720485971083877@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:53:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:53:20.000000',1,'2026-12-07 21:53:20.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(53,'firmante052@org052.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Øster,

You asked to add Red for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1OSwiZyI6MTc5NjY4MDQ3NjAwMDAwMH0.axcrHA.R-kO3kjREG42Qn1CQYNC_fBTXz8

The link works until 14 Dec 2026, 21:54 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Refugee Rights
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Øster, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo1OSwiZyI6MTc5NjY4MDQ3NjAwMDAwMH0.axcrHA.grhQvzOQxLwlSMDEaOQn6hTkl5s

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Øster,</p>
<p>You asked to add <strong>Red for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1OSwiZyI6MTc5NjY4MDQ3NjAwMDAwMH0.axcrHA.R-kO3kjREG42Qn1CQYNC_fBTXz8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1OSwiZyI6MTc5NjY4MDQ3NjAwMDAwMH0.axcrHA.R-kO3kjREG42Qn1CQYNC_fBTXz8</p>
<p>The link works until 14 Dec 2026, 21:54 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Øster, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo1OSwiZyI6MTc5NjY4MDQ3NjAwMDAwMH0.axcrHA.grhQvzOQxLwlSMDEaOQn6hTkl5s">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668988.26513.14761005739701427357@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:54:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:54:36.000000',1,'2026-12-07 21:54:36.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(54,'firmante053@org053.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile O''Brien,

You asked to add Centro Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2MCwiZyI6MTc5NjY4MDU1MjAwMDAwMH0.axcraA.9dRpNbw-6p40njC63VfjvxfBBCk

The link works until 14 Dec 2026, 21:55 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro Frontera Digna
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile O''Brien, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2MCwiZyI6MTc5NjY4MDU1MjAwMDAwMH0.axcraA.HSRqNw0UyolN0nzmLDTU0TPTtsY

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile O&#39;Brien,</p>
<p>You asked to add <strong>Centro Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2MCwiZyI6MTc5NjY4MDU1MjAwMDAwMH0.axcraA.9dRpNbw-6p40njC63VfjvxfBBCk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2MCwiZyI6MTc5NjY4MDU1MjAwMDAwMH0.axcraA.9dRpNbw-6p40njC63VfjvxfBBCk</p>
<p>The link works until 14 Dec 2026, 21:55 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2MCwiZyI6MTc5NjY4MDU1MjAwMDAwMH0.axcraA.HSRqNw0UyolN0nzmLDTU0TPTtsY">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668992.26513.2289362465855442005@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:55:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:55:52.000000',1,'2026-12-07 21:55:52.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(55,'firmante054@org054.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño 山田,

You asked to add Coalición for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2MSwiZyI6MTc5NjY4MDYyODAwMDAwMH0.axcrtA.Oqtj53sdKaqPJ3YI6nUn3po-Ieg

The link works until 14 Dec 2026, 21:57 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo2MSwiZyI6MTc5NjY4MDYyODAwMDAwMH0.axcrtA.HcxB6Z3nEXbkW2WVMVnonSS4Qpo

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño 山田,</p>
<p>You asked to add <strong>Coalición for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2MSwiZyI6MTc5NjY4MDYyODAwMDAwMH0.axcrtA.Oqtj53sdKaqPJ3YI6nUn3po-Ieg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2MSwiZyI6MTc5NjY4MDYyODAwMDAwMH0.axcrtA.Oqtj53sdKaqPJ3YI6nUn3po-Ieg</p>
<p>The link works until 14 Dec 2026, 21:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org054.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2MSwiZyI6MTc5NjY4MDYyODAwMDAwMH0.axcrtA.HcxB6Z3nEXbkW2WVMVnonSS4Qpo">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668996.26513.3716408413263591776@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:57:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:57:08.000000',1,'2026-12-07 21:57:08.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(56,'firmante055@org055.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Martínez,

You asked to add Alliance Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2MiwiZyI6MTc5NjY4MDcwNDAwMDAwMH0.axcsAA.p1frGAFmeEGcv337gPzSfLCRSZ4

The link works until 14 Dec 2026, 21:58 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance Jesuita con Migrantes
  Category: International Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Martínez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2MiwiZyI6MTc5NjY4MDcwNDAwMDAwMH0.axcsAA.rQLqT0lP6r5hMs_9C293pRNx7Cg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Martínez,</p>
<p>You asked to add <strong>Alliance Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2MiwiZyI6MTc5NjY4MDcwNDAwMDAwMH0.axcsAA.p1frGAFmeEGcv337gPzSfLCRSZ4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2MiwiZyI6MTc5NjY4MDcwNDAwMDAwMH0.axcsAA.p1frGAFmeEGcv337gPzSfLCRSZ4</p>
<p>The link works until 14 Dec 2026, 21:58 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2MiwiZyI6MTc5NjY4MDcwNDAwMDAwMH0.axcsAA.rQLqT0lP6r5hMs_9C293pRNx7Cg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667668998.26513.10516533278197032988@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:58:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:58:24.000000',1,'2026-12-07 21:58:24.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(57,'firmante056@org056.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Haddad,

You asked to add Network de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2MywiZyI6MTc5NjY4MDc4MDAwMDAwMH0.axcsTA.KnMNqeCMi7Kb1GbjQyjjasGv_Ks

The link works until 14 Dec 2026, 21:59 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network de Mujeres Migrantes
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima Haddad, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2MywiZyI6MTc5NjY4MDc4MDAwMDAwMH0.axcsTA.KVQjM0CL2bDY1MjO-7XTa1xscyc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Haddad,</p>
<p>You asked to add <strong>Network de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2MywiZyI6MTc5NjY4MDc4MDAwMDAwMH0.axcsTA.KnMNqeCMi7Kb1GbjQyjjasGv_Ks" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2MywiZyI6MTc5NjY4MDc4MDAwMDAwMH0.axcsTA.KnMNqeCMi7Kb1GbjQyjjasGv_Ks</p>
<p>The link works until 14 Dec 2026, 21:59 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2MywiZyI6MTc5NjY4MDc4MDAwMDAwMH0.axcsTA.KVQjM0CL2bDY1MjO-7XTa1xscyc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669002.26513.5060433782281719554@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:59:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:59:40.000000',1,'2026-12-07 21:59:40.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(58,'firmante057@org057.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Dubois,

You asked to add Fundación for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2NCwiZyI6MTc5NjY4MDg1NjAwMDAwMH0.axcsmA.MhbxKsMFWrdOQnWGhZz0i7DavMg

The link works until 14 Dec 2026, 22:00 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo2NCwiZyI6MTc5NjY4MDg1NjAwMDAwMH0.axcsmA.ziMMhRTvfj4BiIoyOCDU6Vu0yQs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Dubois,</p>
<p>You asked to add <strong>Fundación for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2NCwiZyI6MTc5NjY4MDg1NjAwMDAwMH0.axcsmA.MhbxKsMFWrdOQnWGhZz0i7DavMg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2NCwiZyI6MTc5NjY4MDg1NjAwMDAwMH0.axcsmA.MhbxKsMFWrdOQnWGhZz0i7DavMg</p>
<p>The link works until 14 Dec 2026, 22:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org057.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2NCwiZyI6MTc5NjY4MDg1NjAwMDAwMH0.axcsmA.ziMMhRTvfj4BiIoyOCDU6Vu0yQs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669007.26513.3087113811972991364@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:00:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:00:56.000000',1,'2026-12-07 22:00:56.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(59,'firmante058@org058.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Иванова,

You asked to add Comité Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2NSwiZyI6MTc5NjY4MDkzMjAwMDAwMH0.axcs5A.eOp5YxXWtjnRhq4hedA0ge-dvWQ

The link works until 14 Dec 2026, 22:02 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité Niñez sin Fronteras
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Иванова, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2NSwiZyI6MTc5NjY4MDkzMjAwMDAwMH0.axcs5A.JMIaS4jSUePWH-eTtbcUGu5a5FE

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Иванова,</p>
<p>You asked to add <strong>Comité Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2NSwiZyI6MTc5NjY4MDkzMjAwMDAwMH0.axcs5A.eOp5YxXWtjnRhq4hedA0ge-dvWQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2NSwiZyI6MTc5NjY4MDkzMjAwMDAwMH0.axcs5A.eOp5YxXWtjnRhq4hedA0ge-dvWQ</p>
<p>The link works until 14 Dec 2026, 22:02 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2NSwiZyI6MTc5NjY4MDkzMjAwMDAwMH0.axcs5A.JMIaS4jSUePWH-eTtbcUGu5a5FE">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669009.26513.13479168881072093771@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:02:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:02:12.000000',1,'2026-12-07 22:02:12.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(60,'firmante059@org059.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki García,

You asked to add Institute for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2NiwiZyI6MTc5NjY4MDk3NjAwMDAwMH0.axctEA.ZykbrY6Cvk4KuyFYccEbuY-ANfA

The link works until 14 Dec 2026, 22:02 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute for Humane Borders
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki García, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2NiwiZyI6MTc5NjY4MDk3NjAwMDAwMH0.axctEA.vTs0zXFebVNsxC6NN7a2SHwmNjA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki García,</p>
<p>You asked to add <strong>Institute for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2NiwiZyI6MTc5NjY4MDk3NjAwMDAwMH0.axctEA.ZykbrY6Cvk4KuyFYccEbuY-ANfA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2NiwiZyI6MTc5NjY4MDk3NjAwMDAwMH0.axctEA.ZykbrY6Cvk4KuyFYccEbuY-ANfA</p>
<p>The link works until 14 Dec 2026, 22:02 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki García, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2NiwiZyI6MTc5NjY4MDk3NjAwMDAwMH0.axctEA.vTs0zXFebVNsxC6NN7a2SHwmNjA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669012.26513.6399267070674598254@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:02:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:02:56.000000',1,'2026-12-07 22:02:56.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(61,'firmante060@org060.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Müller,

You asked to add Colectivo de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2NywiZyI6MTc5NjY4MTA1MjAwMDAwMH0.axctXA.atET_obOMDvuhRuKDkd3PNmXTl4

The link works until 14 Dec 2026, 22:04 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo2NywiZyI6MTc5NjY4MTA1MjAwMDAwMH0.axctXA.zipv0Ym0gGzeSKQDBY1-IgsedBo

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Müller,</p>
<p>You asked to add <strong>Colectivo de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2NywiZyI6MTc5NjY4MTA1MjAwMDAwMH0.axctXA.atET_obOMDvuhRuKDkd3PNmXTl4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2NywiZyI6MTc5NjY4MTA1MjAwMDAwMH0.axctXA.atET_obOMDvuhRuKDkd3PNmXTl4</p>
<p>The link works until 14 Dec 2026, 22:04 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org060.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Müller, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2NywiZyI6MTc5NjY4MTA1MjAwMDAwMH0.axctXA.zipv0Ym0gGzeSKQDBY1-IgsedBo">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669017.26513.4601845153533523385@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:04:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:04:12.000000',1,'2026-12-07 22:04:12.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(62,'firmante061@org061.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Peña,

You asked to add Asociación por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2OCwiZyI6MTc5NjY4MTEyODAwMDAwMH0.axctqA.mnubznKHQ4P-bVsl3XdbALhGK88

The link works until 14 Dec 2026, 22:05 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación por los Derechos Humanos
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José Peña, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2OCwiZyI6MTc5NjY4MTEyODAwMDAwMH0.axctqA.qUrMb8qmSY7hQEqsROnEnVrUxgg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Peña,</p>
<p>You asked to add <strong>Asociación por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2OCwiZyI6MTc5NjY4MTEyODAwMDAwMH0.axctqA.mnubznKHQ4P-bVsl3XdbALhGK88" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2OCwiZyI6MTc5NjY4MTEyODAwMDAwMH0.axctqA.mnubznKHQ4P-bVsl3XdbALhGK88</p>
<p>The link works until 14 Dec 2026, 22:05 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2OCwiZyI6MTc5NjY4MTEyODAwMDAwMH0.axctqA.qUrMb8qmSY7hQEqsROnEnVrUxgg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669020.26513.5317610859748977309@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:05:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:05:28.000000',1,'2026-12-07 22:05:28.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(63,'firmante062@org062.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Núñez,

You asked to add Council for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2OSwiZyI6MTc5NjY4MTIwNDAwMDAwMH0.axct9A.qxGpDHzU1k2GzK0ATyXl7FXY9Cg

The link works until 14 Dec 2026, 22:06 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Migrant Justice
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Núñez, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo2OSwiZyI6MTc5NjY4MTIwNDAwMDAwMH0.axct9A.P1wvzjC_26-ldOJuZ2GREPpVolY

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Núñez,</p>
<p>You asked to add <strong>Council for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2OSwiZyI6MTc5NjY4MTIwNDAwMDAwMH0.axct9A.qxGpDHzU1k2GzK0ATyXl7FXY9Cg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2OSwiZyI6MTc5NjY4MTIwNDAwMDAwMH0.axct9A.qxGpDHzU1k2GzK0ATyXl7FXY9Cg</p>
<p>The link works until 14 Dec 2026, 22:06 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo2OSwiZyI6MTc5NjY4MTIwNDAwMDAwMH0.axct9A.P1wvzjC_26-ldOJuZ2GREPpVolY">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669024.26513.9551566573951389316@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:06:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:06:44.000000',1,'2026-12-07 22:06:44.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(64,'firmante063@org063.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Øster,

You asked to add Observatorio de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3MCwiZyI6MTc5NjY4MTI4MDAwMDAwMH0.axcuQA.ZOIPJO_qTbmLgmtv_-fO_g_Aikg

The link works until 14 Dec 2026, 22:08 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo3MCwiZyI6MTc5NjY4MTI4MDAwMDAwMH0.axcuQA.jw3SEmhCcrzTKSbID9c2TqSTU4c

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Øster,</p>
<p>You asked to add <strong>Observatorio de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3MCwiZyI6MTc5NjY4MTI4MDAwMDAwMH0.axcuQA.ZOIPJO_qTbmLgmtv_-fO_g_Aikg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3MCwiZyI6MTc5NjY4MTI4MDAwMDAwMH0.axcuQA.ZOIPJO_qTbmLgmtv_-fO_g_Aikg</p>
<p>The link works until 14 Dec 2026, 22:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org063.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3MCwiZyI6MTc5NjY4MTI4MDAwMDAwMH0.axcuQA.jw3SEmhCcrzTKSbID9c2TqSTU4c">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669027.26513.9015323290600181279@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:08:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:08:00.000000',1,'2026-12-07 22:08:00.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(65,'firmante064@org064.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José O''Brien,

You asked to add Red Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3MSwiZyI6MTc5NjY4MTM1NjAwMDAwMH0.axcujA.syqqB0cqa9yCUg8zTJQP1LXCLbg

The link works until 14 Dec 2026, 22:09 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red Frontera Digna
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José O''Brien, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3MSwiZyI6MTc5NjY4MTM1NjAwMDAwMH0.axcujA.vuTffAxRKI8A-Ab6NtteekNF0qY

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José O&#39;Brien,</p>
<p>You asked to add <strong>Red Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3MSwiZyI6MTc5NjY4MTM1NjAwMDAwMH0.axcujA.syqqB0cqa9yCUg8zTJQP1LXCLbg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3MSwiZyI6MTc5NjY4MTM1NjAwMDAwMH0.axcujA.syqqB0cqa9yCUg8zTJQP1LXCLbg</p>
<p>The link works until 14 Dec 2026, 22:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3MSwiZyI6MTc5NjY4MTM1NjAwMDAwMH0.axcujA.vuTffAxRKI8A-Ab6NtteekNF0qY">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669031.26513.2738891335679971536@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:09:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:09:16.000000',1,'2026-12-07 22:09:16.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(66,'firmante065@org065.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile 山田,

You asked to add Centro for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3MiwiZyI6MTc5NjY4MTQzMjAwMDAwMH0.axcu2A.qbLW4uqG0Kf_-JQ7Q30eYbVRGdY

The link works until 14 Dec 2026, 22:10 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Border Solidarity
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile 山田, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3MiwiZyI6MTc5NjY4MTQzMjAwMDAwMH0.axcu2A.Cd44hPbCtZzz9t1gRIiu2eeJ54Q

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile 山田,</p>
<p>You asked to add <strong>Centro for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3MiwiZyI6MTc5NjY4MTQzMjAwMDAwMH0.axcu2A.qbLW4uqG0Kf_-JQ7Q30eYbVRGdY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3MiwiZyI6MTc5NjY4MTQzMjAwMDAwMH0.axcu2A.qbLW4uqG0Kf_-JQ7Q30eYbVRGdY</p>
<p>The link works until 14 Dec 2026, 22:10 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile 山田, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3MiwiZyI6MTc5NjY4MTQzMjAwMDAwMH0.axcu2A.Cd44hPbCtZzz9t1gRIiu2eeJ54Q">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669035.26513.266176704729623142@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:10:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:10:32.000000',1,'2026-12-07 22:10:32.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(67,'firmante066@org066.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Martínez,

You asked to add Coalición Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3MywiZyI6MTc5NjY4MTUwODAwMDAwMH0.axcvJA.4fODP5vdKA9x_uQKrVhQn8516W0

The link works until 14 Dec 2026, 22:11 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo3MywiZyI6MTc5NjY4MTUwODAwMDAwMH0.axcvJA.wVNCNOR5X9MpCpnwoZwlDX8rq2Q

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Martínez,</p>
<p>You asked to add <strong>Coalición Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3MywiZyI6MTc5NjY4MTUwODAwMDAwMH0.axcvJA.4fODP5vdKA9x_uQKrVhQn8516W0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3MywiZyI6MTc5NjY4MTUwODAwMDAwMH0.axcvJA.4fODP5vdKA9x_uQKrVhQn8516W0</p>
<p>The link works until 14 Dec 2026, 22:11 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org066.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Martínez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3MywiZyI6MTc5NjY4MTUwODAwMDAwMH0.axcvJA.wVNCNOR5X9MpCpnwoZwlDX8rq2Q">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669038.26513.15573983899653405863@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:11:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:11:48.000000',1,'2026-12-07 22:11:48.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(68,'firmante067@org067.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Haddad,

You asked to add Alliance de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3NCwiZyI6MTc5NjY4MTU4NDAwMDAwMH0.axcvcA.b6Z40WXlK4jbU1Cz-Kx5B95TaZM

The link works until 14 Dec 2026, 22:13 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance de Mujeres Migrantes
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Haddad, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3NCwiZyI6MTc5NjY4MTU4NDAwMDAwMH0.axcvcA.Y6JZQqO02g7fptynKei9zJZG7Xg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Haddad,</p>
<p>You asked to add <strong>Alliance de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3NCwiZyI6MTc5NjY4MTU4NDAwMDAwMH0.axcvcA.b6Z40WXlK4jbU1Cz-Kx5B95TaZM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3NCwiZyI6MTc5NjY4MTU4NDAwMDAwMH0.axcvcA.b6Z40WXlK4jbU1Cz-Kx5B95TaZM</p>
<p>The link works until 14 Dec 2026, 22:13 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Haddad, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3NCwiZyI6MTc5NjY4MTU4NDAwMDAwMH0.axcvcA.Y6JZQqO02g7fptynKei9zJZG7Xg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669043.26513.2960186599482624031@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:13:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:13:04.000000',1,'2026-12-07 22:13:04.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(69,'firmante068@org068.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Dubois,

You asked to add Network for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3NSwiZyI6MTc5NjY4MTYyODAwMDAwMH0.axcvnA.xiBLDYYr84B4mVhFi0OLFl0zFw0

The link works until 14 Dec 2026, 22:13 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network for Asylum Seekers
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima Dubois, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3NSwiZyI6MTc5NjY4MTYyODAwMDAwMH0.axcvnA.Xd00Tg59U87AtaDG2BsmPf5aSlk

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Dubois,</p>
<p>You asked to add <strong>Network for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3NSwiZyI6MTc5NjY4MTYyODAwMDAwMH0.axcvnA.xiBLDYYr84B4mVhFi0OLFl0zFw0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3NSwiZyI6MTc5NjY4MTYyODAwMDAwMH0.axcvnA.xiBLDYYr84B4mVhFi0OLFl0zFw0</p>
<p>The link works until 14 Dec 2026, 22:13 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Dubois, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3NSwiZyI6MTc5NjY4MTYyODAwMDAwMH0.axcvnA.Xd00Tg59U87AtaDG2BsmPf5aSlk">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669044.26513.943810432925861406@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:13:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:13:48.000000',1,'2026-12-07 22:13:48.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(70,'firmante069@org069.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Иванова,

You asked to add Fundación Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3NiwiZyI6MTc5NjY4MTcwNDAwMDAwMH0.axcv6A.wXWQ-JBdkBilQQRDZgbWtrQ0jRI

The link works until 14 Dec 2026, 22:15 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo3NiwiZyI6MTc5NjY4MTcwNDAwMDAwMH0.axcv6A.Km2LuU8IooAB6edTB43j8xCcNMo

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Иванова,</p>
<p>You asked to add <strong>Fundación Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3NiwiZyI6MTc5NjY4MTcwNDAwMDAwMH0.axcv6A.wXWQ-JBdkBilQQRDZgbWtrQ0jRI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3NiwiZyI6MTc5NjY4MTcwNDAwMDAwMH0.axcv6A.wXWQ-JBdkBilQQRDZgbWtrQ0jRI</p>
<p>The link works until 14 Dec 2026, 22:15 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org069.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Иванова, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3NiwiZyI6MTc5NjY4MTcwNDAwMDAwMH0.axcv6A.Km2LuU8IooAB6edTB43j8xCcNMo">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669047.26513.10081978392185772051@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:15:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:15:04.000000',1,'2026-12-07 22:15:04.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(71,'firmante070@org070.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée García,

You asked to add Comité for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3NywiZyI6MTc5NjY4MTc4MDAwMDAwMH0.axcwNA.1lNeGqtZ4jKxOroNcVnFr2UmnaM

The link works until 14 Dec 2026, 22:16 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité for Humane Borders
  Category: International Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée García, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3NywiZyI6MTc5NjY4MTc4MDAwMDAwMH0.axcwNA.yW2CkUuSFOjkiib6r5QS-DpUt8I

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée García,</p>
<p>You asked to add <strong>Comité for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3NywiZyI6MTc5NjY4MTc4MDAwMDAwMH0.axcwNA.1lNeGqtZ4jKxOroNcVnFr2UmnaM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3NywiZyI6MTc5NjY4MTc4MDAwMDAwMH0.axcwNA.1lNeGqtZ4jKxOroNcVnFr2UmnaM</p>
<p>The link works until 14 Dec 2026, 22:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée García, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3NywiZyI6MTc5NjY4MTc4MDAwMDAwMH0.axcwNA.yW2CkUuSFOjkiib6r5QS-DpUt8I">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669051.26513.101094854152757733@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:16:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:16:20.000000',1,'2026-12-07 22:16:20.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(72,'firmante071@org071.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Müller,

You asked to add Institute de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3OCwiZyI6MTc5NjY4MTg1NjAwMDAwMH0.axcwgA.PEarFepwqgeeY5CNU7kTi4JVohM

The link works until 14 Dec 2026, 22:17 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute de Defensoras Comunitarias
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Müller, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo3OCwiZyI6MTc5NjY4MTg1NjAwMDAwMH0.axcwgA.aIVmSVn1V9ZnEkB37Jyc2ulF-vk

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Müller,</p>
<p>You asked to add <strong>Institute de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3OCwiZyI6MTc5NjY4MTg1NjAwMDAwMH0.axcwgA.PEarFepwqgeeY5CNU7kTi4JVohM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3OCwiZyI6MTc5NjY4MTg1NjAwMDAwMH0.axcwgA.PEarFepwqgeeY5CNU7kTi4JVohM</p>
<p>The link works until 14 Dec 2026, 22:17 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Müller, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3OCwiZyI6MTc5NjY4MTg1NjAwMDAwMH0.axcwgA.aIVmSVn1V9ZnEkB37Jyc2ulF-vk">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669055.26513.9459269738505638362@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:17:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:17:36.000000',1,'2026-12-07 22:17:36.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(73,'firmante072@org072.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Peña,

You asked to add Colectivo por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3OSwiZyI6MTc5NjY4MTkzMjAwMDAwMH0.axcwzA.M4uTUVQwAs8rmc3ZoPnqYdNa-sA

The link works until 14 Dec 2026, 22:18 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo3OSwiZyI6MTc5NjY4MTkzMjAwMDAwMH0.axcwzA.Ij09vN_oIaFX-El_cPg26K8SWxg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Peña,</p>
<p>You asked to add <strong>Colectivo por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3OSwiZyI6MTc5NjY4MTkzMjAwMDAwMH0.axcwzA.M4uTUVQwAs8rmc3ZoPnqYdNa-sA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3OSwiZyI6MTc5NjY4MTkzMjAwMDAwMH0.axcwzA.M4uTUVQwAs8rmc3ZoPnqYdNa-sA</p>
<p>The link works until 14 Dec 2026, 22:18 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org072.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Peña, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo3OSwiZyI6MTc5NjY4MTkzMjAwMDAwMH0.axcwzA.Ij09vN_oIaFX-El_cPg26K8SWxg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669059.26513.12661280712219804926@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:18:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:18:52.000000',1,'2026-12-07 22:18:52.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(74,'firmante073@org073.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Núñez,

You asked to add Asociación for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4MCwiZyI6MTc5NjY4MjAwODAwMDAwMH0.axcxGA.SbOCLkNQgcXE96mufwaSrW2TOz4

The link works until 14 Dec 2026, 22:20 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Migrant Justice
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José Núñez, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4MCwiZyI6MTc5NjY4MjAwODAwMDAwMH0.axcxGA.wdlxuRyFyqvT343OgqNoA-eYLVw

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Núñez,</p>
<p>You asked to add <strong>Asociación for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4MCwiZyI6MTc5NjY4MjAwODAwMDAwMH0.axcxGA.SbOCLkNQgcXE96mufwaSrW2TOz4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4MCwiZyI6MTc5NjY4MjAwODAwMDAwMH0.axcxGA.SbOCLkNQgcXE96mufwaSrW2TOz4</p>
<p>The link works until 14 Dec 2026, 22:20 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Núñez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4MCwiZyI6MTc5NjY4MjAwODAwMDAwMH0.axcxGA.wdlxuRyFyqvT343OgqNoA-eYLVw">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669065.26513.1084500678046211681@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:20:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:20:08.000000',1,'2026-12-07 22:20:08.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(75,'firmante074@org074.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Øster,

You asked to add Council de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4MSwiZyI6MTc5NjY4MjA4NDAwMDAwMH0.axcxZA.xG37tZRMbSJzXDAgROeqMg_b6S4

The link works until 14 Dec 2026, 22:21 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council de Apoyo al Migrante
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Øster, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4MSwiZyI6MTc5NjY4MjA4NDAwMDAwMH0.axcxZA.PQOuF2jLALpaVAm3NLMA3lmf6dM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Øster,</p>
<p>You asked to add <strong>Council de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4MSwiZyI6MTc5NjY4MjA4NDAwMDAwMH0.axcxZA.xG37tZRMbSJzXDAgROeqMg_b6S4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4MSwiZyI6MTc5NjY4MjA4NDAwMDAwMH0.axcxZA.xG37tZRMbSJzXDAgROeqMg_b6S4</p>
<p>The link works until 14 Dec 2026, 22:21 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Øster, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4MSwiZyI6MTc5NjY4MjA4NDAwMDAwMH0.axcxZA.PQOuF2jLALpaVAm3NLMA3lmf6dM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669073.26513.12098126694014965479@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:21:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:21:24.000000',1,'2026-12-07 22:21:24.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(76,'firmante075@org075.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë O''Brien,

You asked to add Observatorio for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4MiwiZyI6MTc5NjY4MjE2MDAwMDAwMH0.axcxsA.ih9H1qpwKUheyQf92J8WXWTrLkA

The link works until 14 Dec 2026, 22:22 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo4MiwiZyI6MTc5NjY4MjE2MDAwMDAwMH0.axcxsA.hlDkBkSAIUxP2amERiZ_nm4I2qM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë O&#39;Brien,</p>
<p>You asked to add <strong>Observatorio for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4MiwiZyI6MTc5NjY4MjE2MDAwMDAwMH0.axcxsA.ih9H1qpwKUheyQf92J8WXWTrLkA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4MiwiZyI6MTc5NjY4MjE2MDAwMDAwMH0.axcxsA.ih9H1qpwKUheyQf92J8WXWTrLkA</p>
<p>The link works until 14 Dec 2026, 22:22 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org075.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë O&#39;Brien, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4MiwiZyI6MTc5NjY4MjE2MDAwMDAwMH0.axcxsA.hlDkBkSAIUxP2amERiZ_nm4I2qM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669079.26513.16615761228966215706@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:22:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:22:40.000000',1,'2026-12-07 22:22:40.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(77,'firmante076@org076.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José 山田,

You asked to add Red for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4MywiZyI6MTc5NjY4MjIzNjAwMDAwMH0.axcx_A.9-yZYPALDX6ACOftuBVL2lpcDrA

The link works until 14 Dec 2026, 22:23 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Border Solidarity
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José 山田, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4MywiZyI6MTc5NjY4MjIzNjAwMDAwMH0.axcx_A.8lT3Ugzkt_ZGO8YxFC9wezDGGAg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José 山田,</p>
<p>You asked to add <strong>Red for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4MywiZyI6MTc5NjY4MjIzNjAwMDAwMH0.axcx_A.9-yZYPALDX6ACOftuBVL2lpcDrA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4MywiZyI6MTc5NjY4MjIzNjAwMDAwMH0.axcx_A.9-yZYPALDX6ACOftuBVL2lpcDrA</p>
<p>The link works until 14 Dec 2026, 22:23 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José 山田, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4MywiZyI6MTc5NjY4MjIzNjAwMDAwMH0.axcx_A.8lT3Ugzkt_ZGO8YxFC9wezDGGAg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669084.26513.16803959089460251578@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:23:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:23:56.000000',1,'2026-12-07 22:23:56.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(78,'firmante077@org077.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Martínez,

You asked to add Centro Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4NCwiZyI6MTc5NjY4MjI4MDAwMDAwMH0.axcyKA.rKphk_fPXT_GusLVygJi7WwIfyI

The link works until 14 Dec 2026, 22:24 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro Jesuita con Migrantes
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Martínez, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4NCwiZyI6MTc5NjY4MjI4MDAwMDAwMH0.axcyKA.fj1am5-4D2WTJ05HAvW3KoQ_RXM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Martínez,</p>
<p>You asked to add <strong>Centro Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4NCwiZyI6MTc5NjY4MjI4MDAwMDAwMH0.axcyKA.rKphk_fPXT_GusLVygJi7WwIfyI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4NCwiZyI6MTc5NjY4MjI4MDAwMDAwMH0.axcyKA.rKphk_fPXT_GusLVygJi7WwIfyI</p>
<p>The link works until 14 Dec 2026, 22:24 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Martínez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4NCwiZyI6MTc5NjY4MjI4MDAwMDAwMH0.axcyKA.fj1am5-4D2WTJ05HAvW3KoQ_RXM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669086.26513.11328304619322756581@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:24:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:24:40.000000',1,'2026-12-07 22:24:40.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(79,'firmante078@org078.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Haddad,

You asked to add Coalición de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4NSwiZyI6MTc5NjY4MjM1NjAwMDAwMH0.axcydA.ufic1kxqocdGv9uVoTKibDsFFMc

The link works until 14 Dec 2026, 22:25 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo4NSwiZyI6MTc5NjY4MjM1NjAwMDAwMH0.axcydA.qJaJhuwKA2ePf5opHDm8q--cTC4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Haddad,</p>
<p>You asked to add <strong>Coalición de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4NSwiZyI6MTc5NjY4MjM1NjAwMDAwMH0.axcydA.ufic1kxqocdGv9uVoTKibDsFFMc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4NSwiZyI6MTc5NjY4MjM1NjAwMDAwMH0.axcydA.ufic1kxqocdGv9uVoTKibDsFFMc</p>
<p>The link works until 14 Dec 2026, 22:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org078.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Haddad, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4NSwiZyI6MTc5NjY4MjM1NjAwMDAwMH0.axcydA.qJaJhuwKA2ePf5opHDm8q--cTC4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669091.26513.11470581031270760286@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:25:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:25:56.000000',1,'2026-12-07 22:25:56.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(80,'firmante079@org079.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Dubois,

You asked to add Alliance for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4NiwiZyI6MTc5NjY4MjQzMjAwMDAwMH0.axcywA.O9sksL8393ew86j4r7ipbtIekGw

The link works until 14 Dec 2026, 22:27 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Asylum Seekers
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Dubois, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4NiwiZyI6MTc5NjY4MjQzMjAwMDAwMH0.axcywA.AVaJW5BTBXk1g5J-5TUzZPNI4-U

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Dubois,</p>
<p>You asked to add <strong>Alliance for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4NiwiZyI6MTc5NjY4MjQzMjAwMDAwMH0.axcywA.O9sksL8393ew86j4r7ipbtIekGw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4NiwiZyI6MTc5NjY4MjQzMjAwMDAwMH0.axcywA.O9sksL8393ew86j4r7ipbtIekGw</p>
<p>The link works until 14 Dec 2026, 22:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Dubois, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4NiwiZyI6MTc5NjY4MjQzMjAwMDAwMH0.axcywA.AVaJW5BTBXk1g5J-5TUzZPNI4-U">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669095.26513.4432957665345132398@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:27:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:27:12.000000',1,'2026-12-07 22:27:12.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(81,'firmante100@org100.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Haddad,

You asked to add Red de Mujeres Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4NywiZyI6MTc5NjY4MjUwODAwMDAwMH0.axczDA.sMg8zqUGUJVZL9GsWLWkVECzDik

The link works until 14 Dec 2026, 22:28 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red de Mujeres Migrantes
  Category: Organizaciones de México
  Location: Tijuana, Baja California, México
  Signed by: María José Haddad, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4NywiZyI6MTc5NjY4MjUwODAwMDAwMH0.axczDA.DZ_X4uwa_7oejeDFvtC974SCxAA

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Haddad,</p>
<p>You asked to add <strong>Red de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4NywiZyI6MTc5NjY4MjUwODAwMDAwMH0.axczDA.sMg8zqUGUJVZL9GsWLWkVECzDik" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4NywiZyI6MTc5NjY4MjUwODAwMDAwMH0.axczDA.sMg8zqUGUJVZL9GsWLWkVECzDik</p>
<p>The link works until 14 Dec 2026, 22:28 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4NywiZyI6MTc5NjY4MjUwODAwMDAwMH0.axczDA.DZ_X4uwa_7oejeDFvtC974SCxAA">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669098.26513.10772601007590766912@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:28:28 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:28:28.000000',1,'2026-12-07 22:28:28.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(82,'firmante101@org101.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Dubois,

You asked to add Centro for Asylum Seekers to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4OCwiZyI6MTc5NjY4MjU4NDAwMDAwMH0.axczWA.UKhBIQEkuaarOwVrX6s0h554HSw

The link works until 14 Dec 2026, 22:29 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Asylum Seekers
  Category: Organizaciones de Centroamérica
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Dubois, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo4OCwiZyI6MTc5NjY4MjU4NDAwMDAwMH0.axczWA.Sb2h06p7yVtVfc_UMyAI8LNKogQ

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Dubois,</p>
<p>You asked to add <strong>Centro for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4OCwiZyI6MTc5NjY4MjU4NDAwMDAwMH0.axczWA.UKhBIQEkuaarOwVrX6s0h554HSw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4OCwiZyI6MTc5NjY4MjU4NDAwMDAwMH0.axczWA.UKhBIQEkuaarOwVrX6s0h554HSw</p>
<p>The link works until 14 Dec 2026, 22:29 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4OCwiZyI6MTc5NjY4MjU4NDAwMDAwMH0.axczWA.Sb2h06p7yVtVfc_UMyAI8LNKogQ">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669102.26513.6584713306979919175@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:29:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:29:44.000000',1,'2026-12-07 22:29:44.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(83,'firmante102@org102.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño Иванова,

You asked to add Coalición Niñez sin Fronteras to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4OSwiZyI6MTc5NjY4MjYyODAwMDAwMH0.axczhA.Dse5LwdeIOp0XN3s3cpGmLAIxAI

The link works until 14 Dec 2026, 22:30 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo4OSwiZyI6MTc5NjY4MjYyODAwMDAwMH0.axczhA.T7APntVpdWU_96Bt7jP0SviJgiA

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Иванова,</p>
<p>You asked to add <strong>Coalición Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4OSwiZyI6MTc5NjY4MjYyODAwMDAwMH0.axczhA.Dse5LwdeIOp0XN3s3cpGmLAIxAI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4OSwiZyI6MTc5NjY4MjYyODAwMDAwMH0.axczhA.Dse5LwdeIOp0XN3s3cpGmLAIxAI</p>
<p>The link works until 14 Dec 2026, 22:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org102.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo4OSwiZyI6MTc5NjY4MjYyODAwMDAwMH0.axczhA.T7APntVpdWU_96Bt7jP0SviJgiA">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669103.26513.5527374933094748275@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:30:28 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:30:28.000000',1,'2026-12-07 22:30:28.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(84,'firmante103@org103.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль García,

You asked to add Alliance for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5MCwiZyI6MTc5NjY4MjcwNDAwMDAwMH0.axcz0A.Pt50ymX5uPzXXxlR3udyySiUPrs

The link works until 14 Dec 2026, 22:31 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Humane Borders
  Category: Organizaciones de México
  Location: Genève, Suisse
  Signed by: Айгуль García, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5MCwiZyI6MTc5NjY4MjcwNDAwMDAwMH0.axcz0A.tJKsxavi9VEKyxxTbGn9BEGOCg8

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль García,</p>
<p>You asked to add <strong>Alliance for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5MCwiZyI6MTc5NjY4MjcwNDAwMDAwMH0.axcz0A.Pt50ymX5uPzXXxlR3udyySiUPrs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5MCwiZyI6MTc5NjY4MjcwNDAwMDAwMH0.axcz0A.Pt50ymX5uPzXXxlR3udyySiUPrs</p>
<p>The link works until 14 Dec 2026, 22:31 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль García, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5MCwiZyI6MTc5NjY4MjcwNDAwMDAwMH0.axcz0A.tJKsxavi9VEKyxxTbGn9BEGOCg8">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669107.26513.6004047069964818392@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:31:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:31:44.000000',1,'2026-12-07 22:31:44.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(85,'firmante104@org104.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Müller,

You asked to add Network de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5MSwiZyI6MTc5NjY4Mjc4MDAwMDAwMH0.axc0HA.V0UceIhC1TV9S2qWvEuaAA2RUFo

The link works until 14 Dec 2026, 22:33 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network de Defensoras Comunitarias
  Category: Organizaciones de Centroamérica
  Location: Tucson, AZ, United States
  Signed by: Fatima Müller, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5MSwiZyI6MTc5NjY4Mjc4MDAwMDAwMH0.axc0HA.Gxx2Sl5B3AsqPxARJNtMZTeIneA

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Müller,</p>
<p>You asked to add <strong>Network de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5MSwiZyI6MTc5NjY4Mjc4MDAwMDAwMH0.axc0HA.V0UceIhC1TV9S2qWvEuaAA2RUFo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5MSwiZyI6MTc5NjY4Mjc4MDAwMDAwMH0.axc0HA.V0UceIhC1TV9S2qWvEuaAA2RUFo</p>
<p>The link works until 14 Dec 2026, 22:33 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Müller, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5MSwiZyI6MTc5NjY4Mjc4MDAwMDAwMH0.axc0HA.Gxx2Sl5B3AsqPxARJNtMZTeIneA">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669110.26513.15470181761388682340@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:33:00 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:33:00.000000',1,'2026-12-07 22:33:00.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(86,'firmante105@org105.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Peña,

You asked to add Fundación por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5MiwiZyI6MTc5NjY4Mjg1NjAwMDAwMH0.axc0aA.OSggh1ZtTSB-4U-BGJnEA9057jM

The link works until 14 Dec 2026, 22:34 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo5MiwiZyI6MTc5NjY4Mjg1NjAwMDAwMH0.axc0aA.xPB6fFasWehu6fr09pS4vaWwF0U

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Peña,</p>
<p>You asked to add <strong>Fundación por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5MiwiZyI6MTc5NjY4Mjg1NjAwMDAwMH0.axc0aA.OSggh1ZtTSB-4U-BGJnEA9057jM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5MiwiZyI6MTc5NjY4Mjg1NjAwMDAwMH0.axc0aA.OSggh1ZtTSB-4U-BGJnEA9057jM</p>
<p>The link works until 14 Dec 2026, 22:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org105.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5MiwiZyI6MTc5NjY4Mjg1NjAwMDAwMH0.axc0aA.xPB6fFasWehu6fr09pS4vaWwF0U">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669114.26513.10503853712761288121@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:34:16 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:34:16.000000',1,'2026-12-07 22:34:16.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(87,'firmante106@org106.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Renée Núñez,

You asked to add Comité for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5MywiZyI6MTc5NjY4MjkzMjAwMDAwMH0.axc0tA.4OU-i8aHQXEukEMmv1sSsSZG8fI

The link works until 14 Dec 2026, 22:35 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité for Migrant Justice
  Category: Organizaciones de México
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Núñez, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5MywiZyI6MTc5NjY4MjkzMjAwMDAwMH0.axc0tA.660x0hJaLYj3YuHUnpb7Dc2rPOI

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Núñez,</p>
<p>You asked to add <strong>Comité for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5MywiZyI6MTc5NjY4MjkzMjAwMDAwMH0.axc0tA.4OU-i8aHQXEukEMmv1sSsSZG8fI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5MywiZyI6MTc5NjY4MjkzMjAwMDAwMH0.axc0tA.4OU-i8aHQXEukEMmv1sSsSZG8fI</p>
<p>The link works until 14 Dec 2026, 22:35 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5MywiZyI6MTc5NjY4MjkzMjAwMDAwMH0.axc0tA.660x0hJaLYj3YuHUnpb7Dc2rPOI">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669117.26513.3586363320925241531@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:35:32 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:35:32.000000',1,'2026-12-07 22:35:32.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(88,'firmante107@org107.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Iñaki Øster,

You asked to add Institute de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5NCwiZyI6MTc5NjY4MzAwODAwMDAwMH0.axc1AA.hq0mWfcy4QvwAmBMI0xNvr0beU8

The link works until 14 Dec 2026, 22:36 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute de Apoyo al Migrante
  Category: Organizaciones de Centroamérica
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Øster, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5NCwiZyI6MTc5NjY4MzAwODAwMDAwMH0.axc1AA.fag39lyjIdCNEGCexGyRimexFt4

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Øster,</p>
<p>You asked to add <strong>Institute de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5NCwiZyI6MTc5NjY4MzAwODAwMDAwMH0.axc1AA.hq0mWfcy4QvwAmBMI0xNvr0beU8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5NCwiZyI6MTc5NjY4MzAwODAwMDAwMH0.axc1AA.hq0mWfcy4QvwAmBMI0xNvr0beU8</p>
<p>The link works until 14 Dec 2026, 22:36 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5NCwiZyI6MTc5NjY4MzAwODAwMDAwMH0.axc1AA.fag39lyjIdCNEGCexGyRimexFt4">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669120.26513.12456184135580917344@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:36:48 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:36:48.000000',1,'2026-12-07 22:36:48.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(89,'firmante108@org108.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana O''Brien,

You asked to add Colectivo for Refugee Rights to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5NSwiZyI6MTc5NjY4MzA1MjAwMDAwMH0.axc1LA.xi1k0mZYvgOYqTm9a0hoPzpJE5o

The link works until 14 Dec 2026, 22:37 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo5NSwiZyI6MTc5NjY4MzA1MjAwMDAwMH0.axc1LA.28HJsN_MAbMiqXE2AKtT-W2vs_Q

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana O&#39;Brien,</p>
<p>You asked to add <strong>Colectivo for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5NSwiZyI6MTc5NjY4MzA1MjAwMDAwMH0.axc1LA.xi1k0mZYvgOYqTm9a0hoPzpJE5o" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5NSwiZyI6MTc5NjY4MzA1MjAwMDAwMH0.axc1LA.xi1k0mZYvgOYqTm9a0hoPzpJE5o</p>
<p>The link works until 14 Dec 2026, 22:37 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org108.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5NSwiZyI6MTc5NjY4MzA1MjAwMDAwMH0.axc1LA.28HJsN_MAbMiqXE2AKtT-W2vs_Q">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669122.26513.13230032122786009339@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:37:32 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:37:32.000000',1,'2026-12-07 22:37:32.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(90,'firmante109@org109.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José 山田,

You asked to add Asociación Frontera Digna to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5NiwiZyI6MTc5NjY4MzEyODAwMDAwMH0.axc1eA.8rtb23JMY74Jw9c4ZsK5uVgeYCE

The link works until 14 Dec 2026, 22:38 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación Frontera Digna
  Category: Organizaciones de México
  Location: El Paso, TX, United States
  Signed by: José 山田, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5NiwiZyI6MTc5NjY4MzEyODAwMDAwMH0.axc1eA.rGWkGrkz7MmzqM5qgNFwC48MAsM

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José 山田,</p>
<p>You asked to add <strong>Asociación Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5NiwiZyI6MTc5NjY4MzEyODAwMDAwMH0.axc1eA.8rtb23JMY74Jw9c4ZsK5uVgeYCE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5NiwiZyI6MTc5NjY4MzEyODAwMDAwMH0.axc1eA.8rtb23JMY74Jw9c4ZsK5uVgeYCE</p>
<p>The link works until 14 Dec 2026, 22:38 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José 山田, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5NiwiZyI6MTc5NjY4MzEyODAwMDAwMH0.axc1eA.rGWkGrkz7MmzqM5qgNFwC48MAsM">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669130.26513.16682073959802512004@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:38:48 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:38:48.000000',1,'2026-12-07 22:38:48.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(91,'firmante110@org110.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Martínez,

You asked to add Council for Border Solidarity to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5NywiZyI6MTc5NjY4MzIwNDAwMDAwMH0.axc1xA.DfU23undjytfIS7rsWg8j_TrQEQ

The link works until 14 Dec 2026, 22:40 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Border Solidarity
  Category: Organizaciones de Centroamérica
  Location: Berlin, Deutschland
  Signed by: Łukasz Martínez, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5NywiZyI6MTc5NjY4MzIwNDAwMDAwMH0.axc1xA._SMBVsMhBZFjQJlH7U0SGQ32KsA

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Martínez,</p>
<p>You asked to add <strong>Council for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5NywiZyI6MTc5NjY4MzIwNDAwMDAwMH0.axc1xA.DfU23undjytfIS7rsWg8j_TrQEQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5NywiZyI6MTc5NjY4MzIwNDAwMDAwMH0.axc1xA.DfU23undjytfIS7rsWg8j_TrQEQ</p>
<p>The link works until 14 Dec 2026, 22:40 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Martínez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5NywiZyI6MTc5NjY4MzIwNDAwMDAwMH0.axc1xA._SMBVsMhBZFjQJlH7U0SGQ32KsA">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669137.26513.5167893899064438457@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:40:04 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:40:04.000000',1,'2026-12-07 22:40:04.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(92,'firmante111@org111.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Haddad,

You asked to add Observatorio Jesuita con Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5OCwiZyI6MTc5NjY4MzI4MDAwMDAwMH0.axc2EA.7LhlHQ5WVAmxHKABOJrtoIOaCXE

The link works until 14 Dec 2026, 22:41 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjo5OCwiZyI6MTc5NjY4MzI4MDAwMDAwMH0.axc2EA.6Fztz4xh79uTV2d5-LK8iet6-dc

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Haddad,</p>
<p>You asked to add <strong>Observatorio Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5OCwiZyI6MTc5NjY4MzI4MDAwMDAwMH0.axc2EA.7LhlHQ5WVAmxHKABOJrtoIOaCXE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5OCwiZyI6MTc5NjY4MzI4MDAwMDAwMH0.axc2EA.7LhlHQ5WVAmxHKABOJrtoIOaCXE</p>
<p>The link works until 14 Dec 2026, 22:41 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org111.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Haddad, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5OCwiZyI6MTc5NjY4MzI4MDAwMDAwMH0.axc2EA.6Fztz4xh79uTV2d5-LK8iet6-dc">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669141.26513.1773933780521133229@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:41:20 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:41:20.000000',1,'2026-12-07 22:41:20.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(93,'firmante112@org112.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Dubois,

You asked to add Red for Asylum Seekers to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5OSwiZyI6MTc5NjY4MzM1NjAwMDAwMH0.axc2XA.TdHbod0haz-NoU8_LHjPJA0Fuq8

The link works until 14 Dec 2026, 22:42 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Asylum Seekers
  Category: Organizaciones de México
  Location: Tijuana, Baja California, México
  Signed by: María José Dubois, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjo5OSwiZyI6MTc5NjY4MzM1NjAwMDAwMH0.axc2XA.43IXgqOhEnRdg5Eiw_yEgNJP-xg

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Dubois,</p>
<p>You asked to add <strong>Red for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5OSwiZyI6MTc5NjY4MzM1NjAwMDAwMH0.axc2XA.TdHbod0haz-NoU8_LHjPJA0Fuq8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5OSwiZyI6MTc5NjY4MzM1NjAwMDAwMH0.axc2XA.TdHbod0haz-NoU8_LHjPJA0Fuq8</p>
<p>The link works until 14 Dec 2026, 22:42 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Dubois, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjo5OSwiZyI6MTc5NjY4MzM1NjAwMDAwMH0.axc2XA.43IXgqOhEnRdg5Eiw_yEgNJP-xg">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669145.26513.9868366885054548378@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:42:36 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:42:36.000000',1,'2026-12-07 22:42:36.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(94,'firmante113@org113.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Иванова,

You asked to add Centro Niñez sin Fronteras to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDAsImciOjE3OTY2ODM0MzIwMDAwMDB9.axc2qA.WEO97VfdyIL9bRn3SPnvOSNUJ6o

The link works until 14 Dec 2026, 22:43 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro Niñez sin Fronteras
  Category: Organizaciones de Centroamérica
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Иванова, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDAsImciOjE3OTY2ODM0MzIwMDAwMDB9.axc2qA.os1HFMDPthTRUgJfAYWHx8cSui0

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Иванова,</p>
<p>You asked to add <strong>Centro Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDAsImciOjE3OTY2ODM0MzIwMDAwMDB9.axc2qA.WEO97VfdyIL9bRn3SPnvOSNUJ6o" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDAsImciOjE3OTY2ODM0MzIwMDAwMDB9.axc2qA.WEO97VfdyIL9bRn3SPnvOSNUJ6o</p>
<p>The link works until 14 Dec 2026, 22:43 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Иванова, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDAsImciOjE3OTY2ODM0MzIwMDAwMDB9.axc2qA.os1HFMDPthTRUgJfAYWHx8cSui0">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669150.26513.1091042967880243764@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:43:52 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:43:52.000000',1,'2026-12-07 22:43:52.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(95,'firmante114@org114.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño García,

You asked to add Coalición for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDEsImciOjE3OTY2ODM0NzYwMDAwMDB9.axc21A.gCAGQaSABDp-1lNwCMflIuGpM1Q

The link works until 14 Dec 2026, 22:44 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMDEsImciOjE3OTY2ODM0NzYwMDAwMDB9.axc21A.7sxNy3NpzkaA_px-4wH6gVo7tiM

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño García,</p>
<p>You asked to add <strong>Coalición for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDEsImciOjE3OTY2ODM0NzYwMDAwMDB9.axc21A.gCAGQaSABDp-1lNwCMflIuGpM1Q" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDEsImciOjE3OTY2ODM0NzYwMDAwMDB9.axc21A.gCAGQaSABDp-1lNwCMflIuGpM1Q</p>
<p>The link works until 14 Dec 2026, 22:44 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org114.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño García, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDEsImciOjE3OTY2ODM0NzYwMDAwMDB9.axc21A.7sxNy3NpzkaA_px-4wH6gVo7tiM">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669151.26513.10715122201679959803@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:44:36 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:44:36.000000',1,'2026-12-07 22:44:36.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(96,'firmante115@org115.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Müller,

You asked to add Alliance de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDIsImciOjE3OTY2ODM1NTIwMDAwMDB9.axc3IA.kujJTUHFujGhXAkfoaX6rW2fGaU

The link works until 14 Dec 2026, 22:45 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance de Defensoras Comunitarias
  Category: Organizaciones de México
  Location: Genève, Suisse
  Signed by: Айгуль Müller, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDIsImciOjE3OTY2ODM1NTIwMDAwMDB9.axc3IA.W_J9cIlOosU6vgKZp6WEXn14wU0

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Müller,</p>
<p>You asked to add <strong>Alliance de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDIsImciOjE3OTY2ODM1NTIwMDAwMDB9.axc3IA.kujJTUHFujGhXAkfoaX6rW2fGaU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDIsImciOjE3OTY2ODM1NTIwMDAwMDB9.axc3IA.kujJTUHFujGhXAkfoaX6rW2fGaU</p>
<p>The link works until 14 Dec 2026, 22:45 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Müller, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDIsImciOjE3OTY2ODM1NTIwMDAwMDB9.axc3IA.W_J9cIlOosU6vgKZp6WEXn14wU0">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669155.26513.14605820915841097687@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:45:52 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:45:52.000000',1,'2026-12-07 22:45:52.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(97,'firmante116@org116.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Peña,

You asked to add Network por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDMsImciOjE3OTY2ODM2MjgwMDAwMDB9.axc3bA.oEYSEYpuHP4lku9GN7qTmgJMlpA

The link works until 14 Dec 2026, 22:47 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network por los Derechos Humanos
  Category: Organizaciones de Centroamérica
  Location: Tucson, AZ, United States
  Signed by: Fatima Peña, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDMsImciOjE3OTY2ODM2MjgwMDAwMDB9.axc3bA.rKq_5aHgKnvBjQYlFM6YDM6ywXY

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Peña,</p>
<p>You asked to add <strong>Network por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDMsImciOjE3OTY2ODM2MjgwMDAwMDB9.axc3bA.oEYSEYpuHP4lku9GN7qTmgJMlpA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDMsImciOjE3OTY2ODM2MjgwMDAwMDB9.axc3bA.oEYSEYpuHP4lku9GN7qTmgJMlpA</p>
<p>The link works until 14 Dec 2026, 22:47 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Peña, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDMsImciOjE3OTY2ODM2MjgwMDAwMDB9.axc3bA.rKq_5aHgKnvBjQYlFM6YDM6ywXY">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669158.26513.9386183920096083369@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:47:08 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:47:08.000000',1,'2026-12-07 22:47:08.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(98,'firmante117@org117.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Núñez,

You asked to add Fundación for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDQsImciOjE3OTY2ODM3MDQwMDAwMDB9.axc3uA.X0Pn8MiHCUE4xGedRTEYmjAbHvE

The link works until 14 Dec 2026, 22:48 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMDQsImciOjE3OTY2ODM3MDQwMDAwMDB9.axc3uA.TTJzhFNXM5DrPIGaidvAF9vbS80

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Núñez,</p>
<p>You asked to add <strong>Fundación for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDQsImciOjE3OTY2ODM3MDQwMDAwMDB9.axc3uA.X0Pn8MiHCUE4xGedRTEYmjAbHvE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDQsImciOjE3OTY2ODM3MDQwMDAwMDB9.axc3uA.X0Pn8MiHCUE4xGedRTEYmjAbHvE</p>
<p>The link works until 14 Dec 2026, 22:48 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org117.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Núñez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDQsImciOjE3OTY2ODM3MDQwMDAwMDB9.axc3uA.TTJzhFNXM5DrPIGaidvAF9vbS80">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669161.26513.10150857488532406871@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:48:24 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:48:24.000000',1,'2026-12-07 22:48:24.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(99,'firmante118@org118.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Renée Øster,

You asked to add Comité de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDUsImciOjE3OTY2ODM3ODAwMDAwMDB9.axc4BA.gJjE8X8j7i514OjD20t-dHunOSI

The link works until 14 Dec 2026, 22:49 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité de Apoyo al Migrante
  Category: Organizaciones de México
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Øster, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDUsImciOjE3OTY2ODM3ODAwMDAwMDB9.axc4BA.7p193WQsYIIPdHUq7Du0wCFUAxE

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Øster,</p>
<p>You asked to add <strong>Comité de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDUsImciOjE3OTY2ODM3ODAwMDAwMDB9.axc4BA.gJjE8X8j7i514OjD20t-dHunOSI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDUsImciOjE3OTY2ODM3ODAwMDAwMDB9.axc4BA.gJjE8X8j7i514OjD20t-dHunOSI</p>
<p>The link works until 14 Dec 2026, 22:49 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Øster, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDUsImciOjE3OTY2ODM3ODAwMDAwMDB9.axc4BA.7p193WQsYIIPdHUq7Du0wCFUAxE">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669164.26513.7234122430645754022@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:49:40 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:49:40.000000',1,'2026-12-07 22:49:40.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(100,'firmante119@org119.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Iñaki O''Brien,

You asked to add Institute for Refugee Rights to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDYsImciOjE3OTY2ODM4NTYwMDAwMDB9.axc4UA.4Goyvmg2mO68mae_tyVrUJLVKpE

The link works until 14 Dec 2026, 22:50 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute for Refugee Rights
  Category: Organizaciones de Centroamérica
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki O''Brien, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDYsImciOjE3OTY2ODM4NTYwMDAwMDB9.axc4UA.OarO5pM822A5X9I8O_sCAM_tOSs

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki O&#39;Brien,</p>
<p>You asked to add <strong>Institute for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDYsImciOjE3OTY2ODM4NTYwMDAwMDB9.axc4UA.4Goyvmg2mO68mae_tyVrUJLVKpE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDYsImciOjE3OTY2ODM4NTYwMDAwMDB9.axc4UA.4Goyvmg2mO68mae_tyVrUJLVKpE</p>
<p>The link works until 14 Dec 2026, 22:50 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki O&#39;Brien, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDYsImciOjE3OTY2ODM4NTYwMDAwMDB9.axc4UA.OarO5pM822A5X9I8O_sCAM_tOSs">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669167.26513.5714655330388004151@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:50:56 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:50:56.000000',1,'2026-12-07 22:50:56.000000',NULL,'','2026-12-07 23:05:16.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(101,'firmante120@org120.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana 山田,

You asked to add Colectivo Frontera Digna to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDcsImciOjE3OTY2ODM5MDAwMDAwMDB9.axc4fA.yG4SD4msTDzGihuNx4iLdZtGZ1k

The link works until 14 Dec 2026, 22:51 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMDcsImciOjE3OTY2ODM5MDAwMDAwMDB9.axc4fA.kmoTILSRGJpWW0HLYGTDP6s1LPk

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana 山田,</p>
<p>You asked to add <strong>Colectivo Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDcsImciOjE3OTY2ODM5MDAwMDAwMDB9.axc4fA.yG4SD4msTDzGihuNx4iLdZtGZ1k" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDcsImciOjE3OTY2ODM5MDAwMDAwMDB9.axc4fA.yG4SD4msTDzGihuNx4iLdZtGZ1k</p>
<p>The link works until 14 Dec 2026, 22:51 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org120.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana 山田, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDcsImciOjE3OTY2ODM5MDAwMDAwMDB9.axc4fA.kmoTILSRGJpWW0HLYGTDP6s1LPk">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669168.26513.4837799716243660796@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:51:40 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:51:40.000000',1,'2026-12-07 22:51:40.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(102,'firmante121@org121.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José Martínez,

You asked to add Asociación for Border Solidarity to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDgsImciOjE3OTY2ODM5NzYwMDAwMDB9.axc4yA.Meb5_EdXe1G_kkGn5BjXShSQTRY

The link works until 14 Dec 2026, 22:52 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Border Solidarity
  Category: Organizaciones de México
  Location: El Paso, TX, United States
  Signed by: José Martínez, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDgsImciOjE3OTY2ODM5NzYwMDAwMDB9.axc4yA.0UhVXS6onYIAnhLjn7Xg47NOi3c

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Martínez,</p>
<p>You asked to add <strong>Asociación for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDgsImciOjE3OTY2ODM5NzYwMDAwMDB9.axc4yA.Meb5_EdXe1G_kkGn5BjXShSQTRY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDgsImciOjE3OTY2ODM5NzYwMDAwMDB9.axc4yA.Meb5_EdXe1G_kkGn5BjXShSQTRY</p>
<p>The link works until 14 Dec 2026, 22:52 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Martínez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDgsImciOjE3OTY2ODM5NzYwMDAwMDB9.axc4yA.0UhVXS6onYIAnhLjn7Xg47NOi3c">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669171.26513.2832909167548695279@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:52:56 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:52:56.000000',1,'2026-12-07 22:52:56.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(103,'firmante122@org122.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Haddad,

You asked to add Council Jesuita con Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDksImciOjE3OTY2ODQwNTIwMDAwMDB9.axc5FA.97ZrNUaQ85AltNsUjUpo3iGHFeI

The link works until 14 Dec 2026, 22:54 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council Jesuita con Migrantes
  Category: Organizaciones de Centroamérica
  Location: Berlin, Deutschland
  Signed by: Łukasz Haddad, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMDksImciOjE3OTY2ODQwNTIwMDAwMDB9.axc5FA.owCbFVLnnU22URCJzuZrevKdpfU

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Haddad,</p>
<p>You asked to add <strong>Council Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDksImciOjE3OTY2ODQwNTIwMDAwMDB9.axc5FA.97ZrNUaQ85AltNsUjUpo3iGHFeI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDksImciOjE3OTY2ODQwNTIwMDAwMDB9.axc5FA.97ZrNUaQ85AltNsUjUpo3iGHFeI</p>
<p>The link works until 14 Dec 2026, 22:54 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Haddad, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMDksImciOjE3OTY2ODQwNTIwMDAwMDB9.axc5FA.owCbFVLnnU22URCJzuZrevKdpfU">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669174.26513.8274673048382303012@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:54:12 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:54:12.000000',1,'2026-12-07 22:54:12.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(104,'firmante123@org123.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Dubois,

You asked to add Observatorio de Mujeres Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTAsImciOjE3OTY2ODQxMjgwMDAwMDB9.axc5YA.3AJkIuVADeHbX8z_hcOSqlhu4pY

The link works until 14 Dec 2026, 22:55 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMTAsImciOjE3OTY2ODQxMjgwMDAwMDB9.axc5YA.rUIsejv3D_I3yekKHu5gDGQ2_n4

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Dubois,</p>
<p>You asked to add <strong>Observatorio de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTAsImciOjE3OTY2ODQxMjgwMDAwMDB9.axc5YA.3AJkIuVADeHbX8z_hcOSqlhu4pY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTAsImciOjE3OTY2ODQxMjgwMDAwMDB9.axc5YA.3AJkIuVADeHbX8z_hcOSqlhu4pY</p>
<p>The link works until 14 Dec 2026, 22:55 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org123.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Dubois, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTAsImciOjE3OTY2ODQxMjgwMDAwMDB9.axc5YA.rUIsejv3D_I3yekKHu5gDGQ2_n4">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669176.26513.2317345916407551823@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:55:28 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:55:28.000000',1,'2026-12-07 22:55:28.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(105,'firmante124@org124.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Иванова,

You asked to add Red Niñez sin Fronteras to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTEsImciOjE3OTY2ODQyMDQwMDAwMDB9.axc5rA.Sg4nMVjByAZW_e-yRvpNxjMDLIY

The link works until 14 Dec 2026, 22:56 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red Niñez sin Fronteras
  Category: Organizaciones de México
  Location: Tijuana, Baja California, México
  Signed by: María José Иванова, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTEsImciOjE3OTY2ODQyMDQwMDAwMDB9.axc5rA.z3R9TOZ_9jlPb0bUkdUki8t32jM

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Иванова,</p>
<p>You asked to add <strong>Red Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTEsImciOjE3OTY2ODQyMDQwMDAwMDB9.axc5rA.Sg4nMVjByAZW_e-yRvpNxjMDLIY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTEsImciOjE3OTY2ODQyMDQwMDAwMDB9.axc5rA.Sg4nMVjByAZW_e-yRvpNxjMDLIY</p>
<p>The link works until 14 Dec 2026, 22:56 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Иванова, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTEsImciOjE3OTY2ODQyMDQwMDAwMDB9.axc5rA.z3R9TOZ_9jlPb0bUkdUki8t32jM">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669179.26513.7787710846487688075@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:56:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:56:44.000000',1,'2026-12-07 22:56:44.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(106,'firmante125@org125.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile García,

You asked to add Centro for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTIsImciOjE3OTY2ODQyODAwMDAwMDB9.axc5-A.on7mFgWYWckzH-oAxD5YQcN5mgE

The link works until 14 Dec 2026, 22:58 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Humane Borders
  Category: Organizaciones de Centroamérica
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile García, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTIsImciOjE3OTY2ODQyODAwMDAwMDB9.axc5-A.KrsAQ7NdrYQjCxvpaJDDAg7tBmw

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile García,</p>
<p>You asked to add <strong>Centro for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTIsImciOjE3OTY2ODQyODAwMDAwMDB9.axc5-A.on7mFgWYWckzH-oAxD5YQcN5mgE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTIsImciOjE3OTY2ODQyODAwMDAwMDB9.axc5-A.on7mFgWYWckzH-oAxD5YQcN5mgE</p>
<p>The link works until 14 Dec 2026, 22:58 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile García, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTIsImciOjE3OTY2ODQyODAwMDAwMDB9.axc5-A.KrsAQ7NdrYQjCxvpaJDDAg7tBmw">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669185.26513.145020025268635741@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:58:00 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:58:00.000000',1,'2026-12-07 22:58:00.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(107,'firmante126@org126.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño Müller,

You asked to add Coalición de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTMsImciOjE3OTY2ODQzMjQwMDAwMDB9.axc6JA.GlrKmZ2S3X1ZXYk6Yl799u236sw

The link works until 14 Dec 2026, 22:58 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMTMsImciOjE3OTY2ODQzMjQwMDAwMDB9.axc6JA.rymYPCr_EelkmGJauG9b6CRACQ4

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Müller,</p>
<p>You asked to add <strong>Coalición de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTMsImciOjE3OTY2ODQzMjQwMDAwMDB9.axc6JA.GlrKmZ2S3X1ZXYk6Yl799u236sw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTMsImciOjE3OTY2ODQzMjQwMDAwMDB9.axc6JA.GlrKmZ2S3X1ZXYk6Yl799u236sw</p>
<p>The link works until 14 Dec 2026, 22:58 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org126.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTMsImciOjE3OTY2ODQzMjQwMDAwMDB9.axc6JA.rymYPCr_EelkmGJauG9b6CRACQ4">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669187.26513.6760679506769487637@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:58:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:58:44.000000',1,'2026-12-07 22:58:44.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(108,'firmante127@org127.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Peña,

You asked to add Alliance por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTQsImciOjE3OTY2ODQ0MDAwMDAwMDB9.axc6cA.B5OI69lfpCuVinYsBwT2yaCObWo

The link works until 14 Dec 2026, 23:00 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance por los Derechos Humanos
  Category: Organizaciones de México
  Location: Genève, Suisse
  Signed by: Айгуль Peña, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTQsImciOjE3OTY2ODQ0MDAwMDAwMDB9.axc6cA.fqOmCDvzY-PzXJh_kDWXs2bSx6w

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Peña,</p>
<p>You asked to add <strong>Alliance por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTQsImciOjE3OTY2ODQ0MDAwMDAwMDB9.axc6cA.B5OI69lfpCuVinYsBwT2yaCObWo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTQsImciOjE3OTY2ODQ0MDAwMDAwMDB9.axc6cA.B5OI69lfpCuVinYsBwT2yaCObWo</p>
<p>The link works until 14 Dec 2026, 23:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTQsImciOjE3OTY2ODQ0MDAwMDAwMDB9.axc6cA.fqOmCDvzY-PzXJh_kDWXs2bSx6w">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669189.26513.18239340889081959398@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:00:00 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:00:00.000000',1,'2026-12-07 23:00:00.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(109,'firmante128@org128.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Núñez,

You asked to add Network for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTUsImciOjE3OTY2ODQ0NzYwMDAwMDB9.axc6vA.hJiwMjB-9k6Q7HgIYC0Y1HkKMeY

The link works until 14 Dec 2026, 23:01 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network for Migrant Justice
  Category: Organizaciones de Centroamérica
  Location: Tucson, AZ, United States
  Signed by: Fatima Núñez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTUsImciOjE3OTY2ODQ0NzYwMDAwMDB9.axc6vA.MQa9l-I3f-CmMDQyDCqBoG41d5Y

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Núñez,</p>
<p>You asked to add <strong>Network for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTUsImciOjE3OTY2ODQ0NzYwMDAwMDB9.axc6vA.hJiwMjB-9k6Q7HgIYC0Y1HkKMeY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTUsImciOjE3OTY2ODQ0NzYwMDAwMDB9.axc6vA.hJiwMjB-9k6Q7HgIYC0Y1HkKMeY</p>
<p>The link works until 14 Dec 2026, 23:01 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTUsImciOjE3OTY2ODQ0NzYwMDAwMDB9.axc6vA.MQa9l-I3f-CmMDQyDCqBoG41d5Y">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669193.26513.14005142222164402058@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:01:16 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:01:16.000000',1,'2026-12-07 23:01:16.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(110,'firmante129@org129.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Øster,

You asked to add Fundación de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTYsImciOjE3OTY2ODQ1NTIwMDAwMDB9.axc7CA.Y9wdT9KOE65OY5Rzeu9y3tOWjRw

The link works until 14 Dec 2026, 23:02 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMTYsImciOjE3OTY2ODQ1NTIwMDAwMDB9.axc7CA.NDOjBEAg77ijcx60oQiGvUd3qRo

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Øster,</p>
<p>You asked to add <strong>Fundación de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTYsImciOjE3OTY2ODQ1NTIwMDAwMDB9.axc7CA.Y9wdT9KOE65OY5Rzeu9y3tOWjRw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTYsImciOjE3OTY2ODQ1NTIwMDAwMDB9.axc7CA.Y9wdT9KOE65OY5Rzeu9y3tOWjRw</p>
<p>The link works until 14 Dec 2026, 23:02 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org129.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTYsImciOjE3OTY2ODQ1NTIwMDAwMDB9.axc7CA.NDOjBEAg77ijcx60oQiGvUd3qRo">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669197.26513.6562573986601195643@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:02:32 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:02:32.000000',1,'2026-12-07 23:02:32.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(111,'rebote@casasaltillo.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Alberto Xicoténcatl,

You asked to add Casa del Migrante Saltillo to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTcsImciOjE3OTY2ODQ2MjgwMDAwMDB9.axc7VA.e3HkopaKJ17Osw4YYRX0FPLn5IY

The link works until 14 Dec 2026, 23:03 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Casa del Migrante Saltillo
  Category: State and Local Organizations
  Location: Saltillo, Coahuila, México
  Signed by: Alberto Xicoténcatl, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTcsImciOjE3OTY2ODQ2MjgwMDAwMDB9.axc7VA.SE2ByTA6ISFHao4yCnwdfmQX1gA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Alberto Xicoténcatl,</p>
<p>You asked to add <strong>Casa del Migrante Saltillo</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTcsImciOjE3OTY2ODQ2MjgwMDAwMDB9.axc7VA.e3HkopaKJ17Osw4YYRX0FPLn5IY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTcsImciOjE3OTY2ODQ2MjgwMDAwMDB9.axc7VA.e3HkopaKJ17Osw4YYRX0FPLn5IY</p>
<p>The link works until 14 Dec 2026, 23:03 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Casa del Migrante Saltillo</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Saltillo, Coahuila, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Alberto Xicoténcatl, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTcsImciOjE3OTY2ODQ2MjgwMDAwMDB9.axc7VA.SE2ByTA6ISFHao4yCnwdfmQX1gA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669200.26513.17470257612003083693@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:03:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 23:03:48.000000',1,'2026-12-07 23:03:48.000000',NULL,'recipient refused: {''rebote@casasaltillo.example.org'': (550, b''5.1.1 No such mailbox here'')}',NULL,'2026-12-08 00:31:36.000000','');
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
</body></html>','{"Message-ID": "<179667669202.26513.16624743015527277514@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:04:32 +0000", "Auto-Submitted": "auto-generated"}','already_signed',1,'2026-12-07 23:04:32.000000',1,'2026-12-07 23:04:32.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(113,'firmante004@org004.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José García,

You asked to add The Border Justice Project to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMSwiZyI6MTc5NjY3NzAyMDAwMDAwMH0.axdJwQ.X8ASM0GHg-x170K4QVMvefmTYys

The link works until 15 Dec 2026, 00:05 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: The Border Justice Project
  Category: State and Local Organizations
  Location: Washington, DC, United States
  Signed by: María José García, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMSwiZyI6MTc5NjY3NzAyMDAwMDAwMH0.axdJwQ.cnlRHufdnmM3-hJ9qB_qi3jehOk

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José García,</p>
<p>You asked to add <strong>The Border Justice Project</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMSwiZyI6MTc5NjY3NzAyMDAwMDAwMH0.axdJwQ.X8ASM0GHg-x170K4QVMvefmTYys" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMSwiZyI6MTc5NjY3NzAyMDAwMDAwMH0.axdJwQ.X8ASM0GHg-x170K4QVMvefmTYys</p>
<p>The link works until 15 Dec 2026, 00:05 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>The Border Justice Project</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José García, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMSwiZyI6MTc5NjY3NzAyMDAwMDAwMH0.axdJwQ.cnlRHufdnmM3-hJ9qB_qi3jehOk">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669317.26513.18116957493018273980@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:05:21 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:05:21.000000',1,'2026-12-08 00:05:21.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(114,'firmante013@org013.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Dubois,

You asked to add Centro de Derechos Humanos Fray Matías de Córdova to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMCwiZyI6MTc5NjY3NzY3MjAwMDAwMH0.axdJxA.J1R9IShLsCslL1EHrfoiCcrw4lE

The link works until 15 Dec 2026, 00:05 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Derechos Humanos Fray Matías de Córdova
  Category: State and Local Organizations
  Location: Tapachula, Chiapas, México
  Signed by: José Dubois, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoyMCwiZyI6MTc5NjY3NzY3MjAwMDAwMH0.axdJxA.kp09wMSqN1BTxCiL7ZlytQIB_EA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Dubois,</p>
<p>You asked to add <strong>Centro de Derechos Humanos Fray Matías de Córdova</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMCwiZyI6MTc5NjY3NzY3MjAwMDAwMH0.axdJxA.J1R9IShLsCslL1EHrfoiCcrw4lE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMCwiZyI6MTc5NjY3NzY3MjAwMDAwMH0.axdJxA.J1R9IShLsCslL1EHrfoiCcrw4lE</p>
<p>The link works until 15 Dec 2026, 00:05 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Derechos Humanos Fray Matías de Córdova</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoyMCwiZyI6MTc5NjY3NzY3MjAwMDAwMH0.axdJxA.kp09wMSqN1BTxCiL7ZlytQIB_EA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669318.26513.13155974983295861696@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:05:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:05:24.000000',1,'2026-12-08 00:05:24.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(115,'firmante080@org080.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Иванова,

You asked to add Network Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTgsImciOjE3OTY2ODgzNjgwMDAwMDB9.axdJ8A.9ZLo3Ih6Y7f5KHeCkwRuZs8oBsk

The link works until 15 Dec 2026, 00:06 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network Niñez sin Fronteras
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima Иванова, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMTgsImciOjE3OTY2ODgzNjgwMDAwMDB9.axdJ8A.GBQRIMyp0X9Xlv45b24tuAzLPMA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Иванова,</p>
<p>You asked to add <strong>Network Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTgsImciOjE3OTY2ODgzNjgwMDAwMDB9.axdJ8A.9ZLo3Ih6Y7f5KHeCkwRuZs8oBsk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTgsImciOjE3OTY2ODgzNjgwMDAwMDB9.axdJ8A.9ZLo3Ih6Y7f5KHeCkwRuZs8oBsk</p>
<p>The link works until 15 Dec 2026, 00:06 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Иванова, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTgsImciOjE3OTY2ODgzNjgwMDAwMDB9.axdJ8A.GBQRIMyp0X9Xlv45b24tuAzLPMA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669319.26513.318083719317091772@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:06:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:06:08.000000',1,'2026-12-08 00:06:08.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(116,'firmante081@org081.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura García,

You asked to add Fundación for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTksImciOjE3OTY2ODg0NDQwMDAwMDB9.axdKPA.6b5yY2KyhaXfCmTtysv3rn5MjlE

The link works until 15 Dec 2026, 00:07 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMTksImciOjE3OTY2ODg0NDQwMDAwMDB9.axdKPA.IlbTnkNoARU_SUPbRNfmUy3oxZo

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura García,</p>
<p>You asked to add <strong>Fundación for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTksImciOjE3OTY2ODg0NDQwMDAwMDB9.axdKPA.6b5yY2KyhaXfCmTtysv3rn5MjlE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTksImciOjE3OTY2ODg0NDQwMDAwMDB9.axdKPA.6b5yY2KyhaXfCmTtysv3rn5MjlE</p>
<p>The link works until 15 Dec 2026, 00:07 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org081.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura García, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMTksImciOjE3OTY2ODg0NDQwMDAwMDB9.axdKPA.IlbTnkNoARU_SUPbRNfmUy3oxZo">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669323.26513.15568245846623283021@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:07:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:07:24.000000',1,'2026-12-08 00:07:24.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(117,'firmante082@org082.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Müller,

You asked to add Comité de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjAsImciOjE3OTY2ODg0ODgwMDAwMDB9.axdKaA.tz9m_mf3ZTRw0A1l87SNKqVHQhY

The link works until 15 Dec 2026, 00:08 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité de Defensoras Comunitarias
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Müller, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjAsImciOjE3OTY2ODg0ODgwMDAwMDB9.axdKaA.dhpiKZ4OxbsSRUFYL4cNkKi3_fs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Müller,</p>
<p>You asked to add <strong>Comité de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjAsImciOjE3OTY2ODg0ODgwMDAwMDB9.axdKaA.tz9m_mf3ZTRw0A1l87SNKqVHQhY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjAsImciOjE3OTY2ODg0ODgwMDAwMDB9.axdKaA.tz9m_mf3ZTRw0A1l87SNKqVHQhY</p>
<p>The link works until 15 Dec 2026, 00:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjAsImciOjE3OTY2ODg0ODgwMDAwMDB9.axdKaA.dhpiKZ4OxbsSRUFYL4cNkKi3_fs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669325.26513.4546740962164640763@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:08:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:08:08.000000',1,'2026-12-08 00:08:08.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(118,'firmante083@org083.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Peña,

You asked to add Institute por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjEsImciOjE3OTY2ODg1MzIwMDAwMDB9.axdKlA.gDpNWoCu2ONY7CwxiSqC0jAKJYQ

The link works until 15 Dec 2026, 00:08 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute por los Derechos Humanos
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Peña, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjEsImciOjE3OTY2ODg1MzIwMDAwMDB9.axdKlA.OIgv3cqTKFKiUAdkzTOPKvJjcvU

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Peña,</p>
<p>You asked to add <strong>Institute por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjEsImciOjE3OTY2ODg1MzIwMDAwMDB9.axdKlA.gDpNWoCu2ONY7CwxiSqC0jAKJYQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjEsImciOjE3OTY2ODg1MzIwMDAwMDB9.axdKlA.gDpNWoCu2ONY7CwxiSqC0jAKJYQ</p>
<p>The link works until 15 Dec 2026, 00:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjEsImciOjE3OTY2ODg1MzIwMDAwMDB9.axdKlA.OIgv3cqTKFKiUAdkzTOPKvJjcvU">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669326.26513.2060456182206897840@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:08:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:08:52.000000',1,'2026-12-08 00:08:52.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(119,'firmante084@org084.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Núñez,

You asked to add Colectivo for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjIsImciOjE3OTY2ODg1NzYwMDAwMDB9.axdKwA.2tcVgQwKm7aH493Qqev31Th_Wzc

The link works until 15 Dec 2026, 00:09 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMjIsImciOjE3OTY2ODg1NzYwMDAwMDB9.axdKwA.aae7HxExyp7jRd2xr34OqbvOFY8

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Núñez,</p>
<p>You asked to add <strong>Colectivo for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjIsImciOjE3OTY2ODg1NzYwMDAwMDB9.axdKwA.2tcVgQwKm7aH493Qqev31Th_Wzc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjIsImciOjE3OTY2ODg1NzYwMDAwMDB9.axdKwA.2tcVgQwKm7aH493Qqev31Th_Wzc</p>
<p>The link works until 15 Dec 2026, 00:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org084.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjIsImciOjE3OTY2ODg1NzYwMDAwMDB9.axdKwA.aae7HxExyp7jRd2xr34OqbvOFY8">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669328.26513.5889583300147579746@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:09:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:09:36.000000',1,'2026-12-08 00:09:36.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(120,'firmante085@org085.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Øster,

You asked to add Asociación de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjMsImciOjE3OTY2ODg2NTIwMDAwMDB9.axdLDA.7GRaAm9hVpsaG9Fqhhby-ysE3-A

The link works until 15 Dec 2026, 00:10 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación de Apoyo al Migrante
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José Øster, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjMsImciOjE3OTY2ODg2NTIwMDAwMDB9.axdLDA.xFKRqzTvLjtYOkZoBvFXOh8IMTQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Øster,</p>
<p>You asked to add <strong>Asociación de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjMsImciOjE3OTY2ODg2NTIwMDAwMDB9.axdLDA.7GRaAm9hVpsaG9Fqhhby-ysE3-A" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjMsImciOjE3OTY2ODg2NTIwMDAwMDB9.axdLDA.7GRaAm9hVpsaG9Fqhhby-ysE3-A</p>
<p>The link works until 15 Dec 2026, 00:10 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjMsImciOjE3OTY2ODg2NTIwMDAwMDB9.axdLDA.xFKRqzTvLjtYOkZoBvFXOh8IMTQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669331.26513.14808116111304429207@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:10:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:10:52.000000',1,'2026-12-08 00:10:52.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(121,'firmante086@org086.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz O''Brien,

You asked to add Council for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjQsImciOjE3OTY2ODg2OTYwMDAwMDB9.axdLOA.vrWLoxsEUoVMpA2WxwBJhQYTQgc

The link works until 15 Dec 2026, 00:11 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Refugee Rights
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz O''Brien, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjQsImciOjE3OTY2ODg2OTYwMDAwMDB9.axdLOA.OzkzQOfpx1PXLq8iTsYKv1OGZUM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz O&#39;Brien,</p>
<p>You asked to add <strong>Council for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjQsImciOjE3OTY2ODg2OTYwMDAwMDB9.axdLOA.vrWLoxsEUoVMpA2WxwBJhQYTQgc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjQsImciOjE3OTY2ODg2OTYwMDAwMDB9.axdLOA.vrWLoxsEUoVMpA2WxwBJhQYTQgc</p>
<p>The link works until 15 Dec 2026, 00:11 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjQsImciOjE3OTY2ODg2OTYwMDAwMDB9.axdLOA.OzkzQOfpx1PXLq8iTsYKv1OGZUM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669333.26513.8475213375198386196@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:11:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:11:36.000000',1,'2026-12-08 00:11:36.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(122,'firmante087@org087.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë 山田,

You asked to add Observatorio Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjUsImciOjE3OTY2ODg3NDAwMDAwMDB9.axdLZA.XRTJMMYjUnalhvmsap7rvIbI9uU

The link works until 15 Dec 2026, 00:12 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMjUsImciOjE3OTY2ODg3NDAwMDAwMDB9.axdLZA.kMpRk4SxNcEFpOueoMlbO1Eg83s

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë 山田,</p>
<p>You asked to add <strong>Observatorio Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjUsImciOjE3OTY2ODg3NDAwMDAwMDB9.axdLZA.XRTJMMYjUnalhvmsap7rvIbI9uU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjUsImciOjE3OTY2ODg3NDAwMDAwMDB9.axdLZA.XRTJMMYjUnalhvmsap7rvIbI9uU</p>
<p>The link works until 15 Dec 2026, 00:12 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org087.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë 山田, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjUsImciOjE3OTY2ODg3NDAwMDAwMDB9.axdLZA.kMpRk4SxNcEFpOueoMlbO1Eg83s">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669335.26513.12655090070506987449@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:12:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:12:20.000000',1,'2026-12-08 00:12:20.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(123,'firmante088@org088.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Martínez,

You asked to add Red Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjYsImciOjE3OTY2ODg3ODQwMDAwMDB9.axdLkA.68ZiN505Z428BKTAL-bMXF8LtVg

The link works until 15 Dec 2026, 00:13 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red Jesuita con Migrantes
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Martínez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjYsImciOjE3OTY2ODg3ODQwMDAwMDB9.axdLkA.Gal5m4pnCaprlCS5s5yxARbnluA

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Martínez,</p>
<p>You asked to add <strong>Red Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjYsImciOjE3OTY2ODg3ODQwMDAwMDB9.axdLkA.68ZiN505Z428BKTAL-bMXF8LtVg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjYsImciOjE3OTY2ODg3ODQwMDAwMDB9.axdLkA.68ZiN505Z428BKTAL-bMXF8LtVg</p>
<p>The link works until 15 Dec 2026, 00:13 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjYsImciOjE3OTY2ODg3ODQwMDAwMDB9.axdLkA.Gal5m4pnCaprlCS5s5yxARbnluA">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669337.26513.6759172615146681392@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:13:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:13:04.000000',1,'2026-12-08 00:13:04.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(124,'firmante089@org089.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Haddad,

You asked to add Centro de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjcsImciOjE3OTY2ODg4NjAwMDAwMDB9.axdL3A.vYL598GARBjIsUOhms3eIe9r8mg

The link works until 15 Dec 2026, 00:14 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Mujeres Migrantes
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Haddad, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjcsImciOjE3OTY2ODg4NjAwMDAwMDB9.axdL3A.KnCYrWvBiD9QnlSiPqXKbv-9CWg

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Haddad,</p>
<p>You asked to add <strong>Centro de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjcsImciOjE3OTY2ODg4NjAwMDAwMDB9.axdL3A.vYL598GARBjIsUOhms3eIe9r8mg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjcsImciOjE3OTY2ODg4NjAwMDAwMDB9.axdL3A.vYL598GARBjIsUOhms3eIe9r8mg</p>
<p>The link works until 15 Dec 2026, 00:14 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjcsImciOjE3OTY2ODg4NjAwMDAwMDB9.axdL3A.KnCYrWvBiD9QnlSiPqXKbv-9CWg">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669340.26513.15865765773065153795@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:14:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:14:20.000000',1,'2026-12-08 00:14:20.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(125,'firmante090@org090.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Dubois,

You asked to add Coalición for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjgsImciOjE3OTY2ODg5MDQwMDAwMDB9.axdMCA.jJdblihXtaAoWyVew7wVBYHuJ78

The link works until 15 Dec 2026, 00:15 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMjgsImciOjE3OTY2ODg5MDQwMDAwMDB9.axdMCA.Jg0QnrkwQs87hE0DGkVwhMZWrdM

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Dubois,</p>
<p>You asked to add <strong>Coalición for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjgsImciOjE3OTY2ODg5MDQwMDAwMDB9.axdMCA.jJdblihXtaAoWyVew7wVBYHuJ78" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjgsImciOjE3OTY2ODg5MDQwMDAwMDB9.axdMCA.jJdblihXtaAoWyVew7wVBYHuJ78</p>
<p>The link works until 15 Dec 2026, 00:15 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org090.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjgsImciOjE3OTY2ODg5MDQwMDAwMDB9.axdMCA.Jg0QnrkwQs87hE0DGkVwhMZWrdM">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669342.26513.9605568021866564085@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:15:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:15:04.000000',1,'2026-12-08 00:15:04.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(126,'firmante091@org091.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Иванова,

You asked to add Alliance Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjksImciOjE3OTY2ODg5NDgwMDAwMDB9.axdMNA.R2XNiPTAYdTWRNh8YDio-spcehc

The link works until 15 Dec 2026, 00:15 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance Niñez sin Fronteras
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Иванова, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMjksImciOjE3OTY2ODg5NDgwMDAwMDB9.axdMNA.0CBnDaE75gZNyOUprnCUj6ESsoQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Иванова,</p>
<p>You asked to add <strong>Alliance Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjksImciOjE3OTY2ODg5NDgwMDAwMDB9.axdMNA.R2XNiPTAYdTWRNh8YDio-spcehc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjksImciOjE3OTY2ODg5NDgwMDAwMDB9.axdMNA.R2XNiPTAYdTWRNh8YDio-spcehc</p>
<p>The link works until 15 Dec 2026, 00:15 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMjksImciOjE3OTY2ODg5NDgwMDAwMDB9.axdMNA.0CBnDaE75gZNyOUprnCUj6ESsoQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669343.26513.11063640962386420105@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:15:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:15:48.000000',1,'2026-12-08 00:15:48.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(127,'firmante092@org092.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima García,

You asked to add Network for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzAsImciOjE3OTY2ODg5OTIwMDAwMDB9.axdMYA.E6QMKBYSrc-TfieBCNVkVyyOSxg

The link works until 15 Dec 2026, 00:16 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network for Humane Borders
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima García, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzAsImciOjE3OTY2ODg5OTIwMDAwMDB9.axdMYA.drCL-mWzUJ17FPmuRaoYSMD3qoU

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima García,</p>
<p>You asked to add <strong>Network for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzAsImciOjE3OTY2ODg5OTIwMDAwMDB9.axdMYA.E6QMKBYSrc-TfieBCNVkVyyOSxg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzAsImciOjE3OTY2ODg5OTIwMDAwMDB9.axdMYA.E6QMKBYSrc-TfieBCNVkVyyOSxg</p>
<p>The link works until 15 Dec 2026, 00:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima García, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzAsImciOjE3OTY2ODg5OTIwMDAwMDB9.axdMYA.drCL-mWzUJ17FPmuRaoYSMD3qoU">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669344.26513.1816558788428330217@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:16:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:16:32.000000',1,'2026-12-08 00:16:32.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(128,'firmante093@org093.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Müller,

You asked to add Fundación de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzEsImciOjE3OTY2ODkwNjgwMDAwMDB9.axdMrA.70XDpDFvOvotG_FJRgI1qXGycAQ

The link works until 15 Dec 2026, 00:17 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMzEsImciOjE3OTY2ODkwNjgwMDAwMDB9.axdMrA.f7nfuWmKja4iUdwOm-J76p1XqTs

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Müller,</p>
<p>You asked to add <strong>Fundación de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzEsImciOjE3OTY2ODkwNjgwMDAwMDB9.axdMrA.70XDpDFvOvotG_FJRgI1qXGycAQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzEsImciOjE3OTY2ODkwNjgwMDAwMDB9.axdMrA.70XDpDFvOvotG_FJRgI1qXGycAQ</p>
<p>The link works until 15 Dec 2026, 00:17 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org093.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzEsImciOjE3OTY2ODkwNjgwMDAwMDB9.axdMrA.f7nfuWmKja4iUdwOm-J76p1XqTs">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669347.26513.7042079854688136548@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:17:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:17:48.000000',1,'2026-12-08 00:17:48.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(129,'firmante094@org094.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Peña,

You asked to add Comité por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzIsImciOjE3OTY2ODkxMTIwMDAwMDB9.axdM2A.fpdgDnMVi0jodJKEdEybaxq3VaA

The link works until 15 Dec 2026, 00:18 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité por los Derechos Humanos
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Peña, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzIsImciOjE3OTY2ODkxMTIwMDAwMDB9.axdM2A.6A6mF-1ZXzBUl1qR4mbgNFgf8Lc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Peña,</p>
<p>You asked to add <strong>Comité por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzIsImciOjE3OTY2ODkxMTIwMDAwMDB9.axdM2A.fpdgDnMVi0jodJKEdEybaxq3VaA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzIsImciOjE3OTY2ODkxMTIwMDAwMDB9.axdM2A.fpdgDnMVi0jodJKEdEybaxq3VaA</p>
<p>The link works until 15 Dec 2026, 00:18 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzIsImciOjE3OTY2ODkxMTIwMDAwMDB9.axdM2A.6A6mF-1ZXzBUl1qR4mbgNFgf8Lc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669347.26513.15816587596795979791@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:18:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:18:32.000000',1,'2026-12-08 00:18:32.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(130,'firmante130@org130.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Renée O''Brien,

You asked to add Comité for Refugee Rights to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzMsImciOjE3OTY2ODkxNTYwMDAwMDB9.axdNBA.Yk23E2xz9cbgM9NASaUm-1fj7zk

The link works until 15 Dec 2026, 00:19 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité for Refugee Rights
  Category: Organizaciones de Centroamérica
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée O''Brien, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzMsImciOjE3OTY2ODkxNTYwMDAwMDB9.axdNBA.hN4dSHmT6dNzUpcPN_rGnPcbbEM

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée O&#39;Brien,</p>
<p>You asked to add <strong>Comité for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzMsImciOjE3OTY2ODkxNTYwMDAwMDB9.axdNBA.Yk23E2xz9cbgM9NASaUm-1fj7zk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzMsImciOjE3OTY2ODkxNTYwMDAwMDB9.axdNBA.Yk23E2xz9cbgM9NASaUm-1fj7zk</p>
<p>The link works until 15 Dec 2026, 00:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzMsImciOjE3OTY2ODkxNTYwMDAwMDB9.axdNBA.hN4dSHmT6dNzUpcPN_rGnPcbbEM">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669348.26513.12493139822666362811@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:19:16 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:19:16.000000',1,'2026-12-08 00:19:16.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(131,'firmante131@org131.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Iñaki 山田,

You asked to add Institute Frontera Digna to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzQsImciOjE3OTY2ODkyMzIwMDAwMDB9.axdNUA.5ZCfbaDzNQZMPVJJqJ050rxW59s

The link works until 15 Dec 2026, 00:20 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute Frontera Digna
  Category: Organizaciones internacionales
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki 山田, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzQsImciOjE3OTY2ODkyMzIwMDAwMDB9.axdNUA.OcicAYHp8b48Bx2JZ_DdElUyW84

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki 山田,</p>
<p>You asked to add <strong>Institute Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzQsImciOjE3OTY2ODkyMzIwMDAwMDB9.axdNUA.5ZCfbaDzNQZMPVJJqJ050rxW59s" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzQsImciOjE3OTY2ODkyMzIwMDAwMDB9.axdNUA.5ZCfbaDzNQZMPVJJqJ050rxW59s</p>
<p>The link works until 15 Dec 2026, 00:20 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki 山田, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzQsImciOjE3OTY2ODkyMzIwMDAwMDB9.axdNUA.OcicAYHp8b48Bx2JZ_DdElUyW84">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669350.26513.10836600530700879221@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:20:32 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:20:32.000000',1,'2026-12-08 00:20:32.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(132,'firmante132@org132.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana Martínez,

You asked to add Colectivo for Border Solidarity to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzUsImciOjE3OTY2ODkzMDgwMDAwMDB9.axdNnA.FUQ6xNpojy5J4UvkLdkfea28SM8

The link works until 15 Dec 2026, 00:21 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMzUsImciOjE3OTY2ODkzMDgwMDAwMDB9.axdNnA.L2_lr5HI5a-o7xkccSfBFIbKSzQ

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Martínez,</p>
<p>You asked to add <strong>Colectivo for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzUsImciOjE3OTY2ODkzMDgwMDAwMDB9.axdNnA.FUQ6xNpojy5J4UvkLdkfea28SM8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzUsImciOjE3OTY2ODkzMDgwMDAwMDB9.axdNnA.FUQ6xNpojy5J4UvkLdkfea28SM8</p>
<p>The link works until 15 Dec 2026, 00:21 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org132.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzUsImciOjE3OTY2ODkzMDgwMDAwMDB9.axdNnA.L2_lr5HI5a-o7xkccSfBFIbKSzQ">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669352.26513.4046711147869723096@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:21:48 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:21:48.000000',1,'2026-12-08 00:21:48.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(133,'firmante133@org133.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José Haddad,

You asked to add Asociación Jesuita con Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzYsImciOjE3OTY2ODkzNTIwMDAwMDB9.axdNyA.lQqtSVQcwV-fm6Xu4UTWFs6Q-Ww

The link works until 15 Dec 2026, 00:22 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación Jesuita con Migrantes
  Category: Organizaciones de Centroamérica
  Location: El Paso, TX, United States
  Signed by: José Haddad, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzYsImciOjE3OTY2ODkzNTIwMDAwMDB9.axdNyA.njSR3l9FxVfbqFJ4_-xGqkAVWns

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Haddad,</p>
<p>You asked to add <strong>Asociación Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzYsImciOjE3OTY2ODkzNTIwMDAwMDB9.axdNyA.lQqtSVQcwV-fm6Xu4UTWFs6Q-Ww" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzYsImciOjE3OTY2ODkzNTIwMDAwMDB9.axdNyA.lQqtSVQcwV-fm6Xu4UTWFs6Q-Ww</p>
<p>The link works until 15 Dec 2026, 00:22 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzYsImciOjE3OTY2ODkzNTIwMDAwMDB9.axdNyA.njSR3l9FxVfbqFJ4_-xGqkAVWns">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669353.26513.11910707188744344299@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:22:32 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:22:32.000000',1,'2026-12-08 00:22:32.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(134,'firmante134@org134.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Dubois,

You asked to add Council de Mujeres Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzcsImciOjE3OTY2ODk0MjgwMDAwMDB9.axdOFA.fTNAyT1byJaR6q7xGQOKT7cxskQ

The link works until 15 Dec 2026, 00:23 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council de Mujeres Migrantes
  Category: Organizaciones internacionales
  Location: Berlin, Deutschland
  Signed by: Łukasz Dubois, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzcsImciOjE3OTY2ODk0MjgwMDAwMDB9.axdOFA.5j3oG36jkrnFqo8yxT6jcpPrkh4

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Dubois,</p>
<p>You asked to add <strong>Council de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzcsImciOjE3OTY2ODk0MjgwMDAwMDB9.axdOFA.fTNAyT1byJaR6q7xGQOKT7cxskQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzcsImciOjE3OTY2ODk0MjgwMDAwMDB9.axdOFA.fTNAyT1byJaR6q7xGQOKT7cxskQ</p>
<p>The link works until 15 Dec 2026, 00:23 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzcsImciOjE3OTY2ODk0MjgwMDAwMDB9.axdOFA.5j3oG36jkrnFqo8yxT6jcpPrkh4">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669355.26513.9680707171113759269@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:23:48 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:23:48.000000',1,'2026-12-08 00:23:48.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(135,'firmante135@org135.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Иванова,

You asked to add Observatorio for Asylum Seekers to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzgsImciOjE3OTY2ODk1MDQwMDAwMDB9.axdOYA.9d_n6fwaY69G9LYYzjGPxTqF2G4

The link works until 15 Dec 2026, 00:25 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxMzgsImciOjE3OTY2ODk1MDQwMDAwMDB9.axdOYA.OxX3LnO3zdMD4nzqf7gy8i8i2n4

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Иванова,</p>
<p>You asked to add <strong>Observatorio for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzgsImciOjE3OTY2ODk1MDQwMDAwMDB9.axdOYA.9d_n6fwaY69G9LYYzjGPxTqF2G4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzgsImciOjE3OTY2ODk1MDQwMDAwMDB9.axdOYA.9d_n6fwaY69G9LYYzjGPxTqF2G4</p>
<p>The link works until 15 Dec 2026, 00:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org135.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzgsImciOjE3OTY2ODk1MDQwMDAwMDB9.axdOYA.OxX3LnO3zdMD4nzqf7gy8i8i2n4">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669356.26513.15034553259570340371@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:25:04 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:25:04.000000',1,'2026-12-08 00:25:04.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(136,'firmante136@org136.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José García,

You asked to add Red for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzksImciOjE3OTY2ODk1NDgwMDAwMDB9.axdOjA.21sM3IOoHJFx5jnLS9Ml48Pu0xo

The link works until 15 Dec 2026, 00:25 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Humane Borders
  Category: Organizaciones de Centroamérica
  Location: Tijuana, Baja California, México
  Signed by: María José García, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxMzksImciOjE3OTY2ODk1NDgwMDAwMDB9.axdOjA.f1Z8eK8rmHiq9ilb8fgh1ZA0l5I

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José García,</p>
<p>You asked to add <strong>Red for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzksImciOjE3OTY2ODk1NDgwMDAwMDB9.axdOjA.21sM3IOoHJFx5jnLS9Ml48Pu0xo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzksImciOjE3OTY2ODk1NDgwMDAwMDB9.axdOjA.21sM3IOoHJFx5jnLS9Ml48Pu0xo</p>
<p>The link works until 15 Dec 2026, 00:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José García, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxMzksImciOjE3OTY2ODk1NDgwMDAwMDB9.axdOjA.f1Z8eK8rmHiq9ilb8fgh1ZA0l5I">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669357.26513.8024387781016699373@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:25:48 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:25:48.000000',1,'2026-12-08 00:25:48.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(137,'firmante137@org137.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Müller,

You asked to add Centro de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDAsImciOjE3OTY2ODk2MjQwMDAwMDB9.axdO2A.g4E7IsFddo3Ss_XQ0zJ89ZHysII

The link works until 15 Dec 2026, 00:27 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Defensoras Comunitarias
  Category: Organizaciones internacionales
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Müller, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDAsImciOjE3OTY2ODk2MjQwMDAwMDB9.axdO2A.3xcs_PaSqw7ElptsV7otp-y_erk

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Müller,</p>
<p>You asked to add <strong>Centro de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDAsImciOjE3OTY2ODk2MjQwMDAwMDB9.axdO2A.g4E7IsFddo3Ss_XQ0zJ89ZHysII" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDAsImciOjE3OTY2ODk2MjQwMDAwMDB9.axdO2A.g4E7IsFddo3Ss_XQ0zJ89ZHysII</p>
<p>The link works until 15 Dec 2026, 00:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDAsImciOjE3OTY2ODk2MjQwMDAwMDB9.axdO2A.3xcs_PaSqw7ElptsV7otp-y_erk">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669359.26513.10282636146085891879@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:27:04 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:27:04.000000',1,'2026-12-08 00:27:04.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(138,'firmante138@org138.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño Peña,

You asked to add Coalición por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDEsImciOjE3OTY2ODk3MDAwMDAwMDB9.axdPJA.hQ7nl_ZgwN4L_XR89E0bs0g1wnE

The link works until 15 Dec 2026, 00:28 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxNDEsImciOjE3OTY2ODk3MDAwMDAwMDB9.axdPJA.Jr1kuTND_5yZH0kOb8_cih6hYHc

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Peña,</p>
<p>You asked to add <strong>Coalición por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDEsImciOjE3OTY2ODk3MDAwMDAwMDB9.axdPJA.hQ7nl_ZgwN4L_XR89E0bs0g1wnE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDEsImciOjE3OTY2ODk3MDAwMDAwMDB9.axdPJA.hQ7nl_ZgwN4L_XR89E0bs0g1wnE</p>
<p>The link works until 15 Dec 2026, 00:28 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org138.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDEsImciOjE3OTY2ODk3MDAwMDAwMDB9.axdPJA.Jr1kuTND_5yZH0kOb8_cih6hYHc">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669361.26513.13008191904662146279@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:28:20 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:28:20.000000',1,'2026-12-08 00:28:20.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(139,'firmante139@org139.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Núñez,

You asked to add Alliance for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDIsImciOjE3OTY2ODk3NDQwMDAwMDB9.axdPUA.RimqwZO89y65HHZ6pii4LDNwIHo

The link works until 15 Dec 2026, 00:29 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Migrant Justice
  Category: Organizaciones de Centroamérica
  Location: Genève, Suisse
  Signed by: Айгуль Núñez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDIsImciOjE3OTY2ODk3NDQwMDAwMDB9.axdPUA.oZuelne3A0FookFNpmMCIw8ObDo

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Núñez,</p>
<p>You asked to add <strong>Alliance for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDIsImciOjE3OTY2ODk3NDQwMDAwMDB9.axdPUA.RimqwZO89y65HHZ6pii4LDNwIHo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDIsImciOjE3OTY2ODk3NDQwMDAwMDB9.axdPUA.RimqwZO89y65HHZ6pii4LDNwIHo</p>
<p>The link works until 15 Dec 2026, 00:29 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDIsImciOjE3OTY2ODk3NDQwMDAwMDB9.axdPUA.oZuelne3A0FookFNpmMCIw8ObDo">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669361.26513.18150034931997383196@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:29:04 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:29:04.000000',1,'2026-12-08 00:29:04.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(140,'firmante005@org005.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Müller,

You asked to add Ärzte für Menschenrechte to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDMsImciOjE3OTY2ODk4MjAwMDAwMDB9.axdPnA.DsHXD78HxN0rgC7VudxcgzCB8MM

The link works until 15 Dec 2026, 00:30 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Ärzte für Menschenrechte
  Category: Organizaciones internacionales
  Location: Köln, NRW, Deutschland
  Signed by: Émile Müller, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDMsImciOjE3OTY2ODk4MjAwMDAwMDB9.axdPnA.DSjQ23BYUByM3nMpOWZuLrrTiFI

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Müller,</p>
<p>You asked to add <strong>Ärzte für Menschenrechte</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDMsImciOjE3OTY2ODk4MjAwMDAwMDB9.axdPnA.DsHXD78HxN0rgC7VudxcgzCB8MM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDMsImciOjE3OTY2ODk4MjAwMDAwMDB9.axdPnA.DsHXD78HxN0rgC7VudxcgzCB8MM</p>
<p>The link works until 15 Dec 2026, 00:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ärzte für Menschenrechte</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Köln, NRW, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDMsImciOjE3OTY2ODk4MjAwMDAwMDB9.axdPnA.DSjQ23BYUByM3nMpOWZuLrrTiFI">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669363.26513.17796628844995689229@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:30:20 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:30:20.000000',1,'2026-12-08 00:30:20.000000',NULL,'','2026-12-08 00:31:36.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(141,'firmante095@org095.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Núñez,

You asked to add Institute for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDQsImciOjE3OTY2ODk5MDEwMDAwMDB9.axdP7Q.bxXtAXk_7vbS90v-KDu4axM1sXY

The link works until 15 Dec 2026, 00:31 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute for Migrant Justice
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Núñez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDQsImciOjE3OTY2ODk5MDEwMDAwMDB9.axdP7Q.AUyRXhiy8nYeXhf-LbWc0CswW4U

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Núñez,</p>
<p>You asked to add <strong>Institute for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDQsImciOjE3OTY2ODk5MDEwMDAwMDB9.axdP7Q.bxXtAXk_7vbS90v-KDu4axM1sXY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDQsImciOjE3OTY2ODk5MDEwMDAwMDB9.axdP7Q.bxXtAXk_7vbS90v-KDu4axM1sXY</p>
<p>The link works until 15 Dec 2026, 00:31 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDQsImciOjE3OTY2ODk5MDEwMDAwMDB9.axdP7Q.AUyRXhiy8nYeXhf-LbWc0CswW4U">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669391.26513.3110954778261486666@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:31:41 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:31:41.000000',0,'2026-12-08 00:31:41.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(142,'firmante096@org096.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Øster,

You asked to add Colectivo de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDUsImciOjE3OTY2ODk5NDUwMDAwMDB9.axdQGQ.zjAwi1bA87ubmushT2c1lsF8QvY

The link works until 15 Dec 2026, 00:32 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxNDUsImciOjE3OTY2ODk5NDUwMDAwMDB9.axdQGQ.8EajP1sjNLv2zh4M0kxLvBq_MJc

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Øster,</p>
<p>You asked to add <strong>Colectivo de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDUsImciOjE3OTY2ODk5NDUwMDAwMDB9.axdQGQ.zjAwi1bA87ubmushT2c1lsF8QvY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDUsImciOjE3OTY2ODk5NDUwMDAwMDB9.axdQGQ.zjAwi1bA87ubmushT2c1lsF8QvY</p>
<p>The link works until 15 Dec 2026, 00:32 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org096.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Øster, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDUsImciOjE3OTY2ODk5NDUwMDAwMDB9.axdQGQ.8EajP1sjNLv2zh4M0kxLvBq_MJc">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669392.26513.14211553812167531373@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:32:25 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:32:25.000000',0,'2026-12-08 00:32:25.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(143,'firmante097@org097.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José O''Brien,

You asked to add Asociación for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDYsImciOjE3OTY2ODk5ODkwMDAwMDB9.axdQRQ.WTfA6jSexl-n_ge_6A42tieudSM

The link works until 15 Dec 2026, 00:33 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Refugee Rights
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José O''Brien, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDYsImciOjE3OTY2ODk5ODkwMDAwMDB9.axdQRQ.Y-PXAEpjg2Shr5tNE2hf-iKOSU4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José O&#39;Brien,</p>
<p>You asked to add <strong>Asociación for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDYsImciOjE3OTY2ODk5ODkwMDAwMDB9.axdQRQ.WTfA6jSexl-n_ge_6A42tieudSM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDYsImciOjE3OTY2ODk5ODkwMDAwMDB9.axdQRQ.WTfA6jSexl-n_ge_6A42tieudSM</p>
<p>The link works until 15 Dec 2026, 00:33 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDYsImciOjE3OTY2ODk5ODkwMDAwMDB9.axdQRQ.Y-PXAEpjg2Shr5tNE2hf-iKOSU4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669393.26513.9766287009567383271@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:33:09 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:33:09.000000',0,'2026-12-08 00:33:09.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(144,'firmante098@org098.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz 山田,

You asked to add Council Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDcsImciOjE3OTY2OTAwMzMwMDAwMDB9.axdQcQ.6zNA8fxXXtttb8uWOe-1rxVAIAM

The link works until 15 Dec 2026, 00:33 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council Frontera Digna
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz 山田, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDcsImciOjE3OTY2OTAwMzMwMDAwMDB9.axdQcQ.-mEvhX61cnmXxpS41-6RTvdGrxw

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz 山田,</p>
<p>You asked to add <strong>Council Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDcsImciOjE3OTY2OTAwMzMwMDAwMDB9.axdQcQ.6zNA8fxXXtttb8uWOe-1rxVAIAM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDcsImciOjE3OTY2OTAwMzMwMDAwMDB9.axdQcQ.6zNA8fxXXtttb8uWOe-1rxVAIAM</p>
<p>The link works until 15 Dec 2026, 00:33 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDcsImciOjE3OTY2OTAwMzMwMDAwMDB9.axdQcQ.-mEvhX61cnmXxpS41-6RTvdGrxw">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669394.26513.10537896460816333012@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:33:53 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:33:53.000000',0,'2026-12-08 00:33:53.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(145,'firmante099@org099.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Martínez,

You asked to add Observatorio for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDgsImciOjE3OTY2OTAwNzcwMDAwMDB9.axdQnQ.HPzBMn4Witdiyr0T20W17u-b7kk

The link works until 15 Dec 2026, 00:34 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxNDgsImciOjE3OTY2OTAwNzcwMDAwMDB9.axdQnQ.2UIJVJA6tkIwgIeXfP-bdDcTtn4

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Martínez,</p>
<p>You asked to add <strong>Observatorio for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDgsImciOjE3OTY2OTAwNzcwMDAwMDB9.axdQnQ.HPzBMn4Witdiyr0T20W17u-b7kk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDgsImciOjE3OTY2OTAwNzcwMDAwMDB9.axdQnQ.HPzBMn4Witdiyr0T20W17u-b7kk</p>
<p>The link works until 15 Dec 2026, 00:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org099.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDgsImciOjE3OTY2OTAwNzcwMDAwMDB9.axdQnQ.2UIJVJA6tkIwgIeXfP-bdDcTtn4">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669396.26513.6581588363453207757@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:34:37 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:34:37.000000',0,'2026-12-08 00:34:37.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(146,'firmante140@org140.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Øster,

You asked to add Network de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDksImciOjE3OTY2OTAxMjEwMDAwMDB9.axdQyQ.H6sxhaX7H_kA1H3LGBaBQ9FXC4U

The link works until 15 Dec 2026, 00:35 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network de Apoyo al Migrante
  Category: Organizaciones de México
  Location: Tucson, AZ, United States
  Signed by: Fatima Øster, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNDksImciOjE3OTY2OTAxMjEwMDAwMDB9.axdQyQ.QZjkDGXYKgg0J23WfInChjv4Ncw

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Øster,</p>
<p>You asked to add <strong>Network de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDksImciOjE3OTY2OTAxMjEwMDAwMDB9.axdQyQ.H6sxhaX7H_kA1H3LGBaBQ9FXC4U" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDksImciOjE3OTY2OTAxMjEwMDAwMDB9.axdQyQ.H6sxhaX7H_kA1H3LGBaBQ9FXC4U</p>
<p>The link works until 15 Dec 2026, 00:35 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Øster, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNDksImciOjE3OTY2OTAxMjEwMDAwMDB9.axdQyQ.QZjkDGXYKgg0J23WfInChjv4Ncw">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669397.26513.15816058255574023730@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:35:21 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:35:21.000000',0,'2026-12-08 00:35:21.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(147,'firmante170@org170.example.org','Confirm your signature: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello Łukasz Müller,

You asked to add Council for Humane Borders Berlin to the statement
"Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNjgsImciOjE3OTY2OTAxNzMwMDAwMDB9.axdQ_Q.OzMBFx0-FsVGPwKNsIqeT0VHcDU

The link works until 15 Dec 2026, 00:36 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Humane Borders Berlin
  Category: National
  Location: Berlin, Deutschland
  Signed by: Łukasz Müller, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNjgsImciOjE3OTY2OTAxNzMwMDAwMDB9.axdQ_Q.-Y5ec84d2DIzM3DjFBKM7-A1s2U

Questions: coalition@example.org

The statement: http://signon.example.org/s/protect-migrant-shelters

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Müller,</p>
<p>You asked to add <strong>Council for Humane Borders Berlin</strong> to the statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNjgsImciOjE3OTY2OTAxNzMwMDAwMDB9.axdQ_Q.OzMBFx0-FsVGPwKNsIqeT0VHcDU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNjgsImciOjE3OTY2OTAxNzMwMDAwMDB9.axdQ_Q.OzMBFx0-FsVGPwKNsIqeT0VHcDU</p>
<p>The link works until 15 Dec 2026, 00:36 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Humane Borders Berlin</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNjgsImciOjE3OTY2OTAxNzMwMDAwMDB9.axdQ_Q.-Y5ec84d2DIzM3DjFBKM7-A1s2U">This wasn''t me</a></p>
<p>Questions: coalition@example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669407.26513.8366615524687491816@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:36:13 +0000", "Auto-Submitted": "auto-generated"}','verify',4,'2026-12-08 00:36:13.000000',0,'2026-12-08 00:36:13.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(148,'firmante171@org171.example.org','Confirm your signature: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello Zoë Peña,

You asked to add Observatorio de Defensoras Comunitarias San Diego to the statement
"Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNjksImciOjE3OTY2OTAyNDkwMDAwMDB9.axdRSQ.nudNqX5EpoZWwrTkp5RgGZi64Ig

The link works until 15 Dec 2026, 00:37 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxNjksImciOjE3OTY2OTAyNDkwMDAwMDB9.axdRSQ.1wpm0qt6sf2qBM-bitN-pCfFikI

Questions: coalition@example.org

The statement: http://signon.example.org/s/protect-migrant-shelters

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Peña,</p>
<p>You asked to add <strong>Observatorio de Defensoras Comunitarias San Diego</strong> to the statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNjksImciOjE3OTY2OTAyNDkwMDAwMDB9.axdRSQ.nudNqX5EpoZWwrTkp5RgGZi64Ig" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNjksImciOjE3OTY2OTAyNDkwMDAwMDB9.axdRSQ.nudNqX5EpoZWwrTkp5RgGZi64Ig</p>
<p>The link works until 15 Dec 2026, 00:37 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Defensoras Comunitarias San Diego</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org171.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNjksImciOjE3OTY2OTAyNDkwMDAwMDB9.axdRSQ.1wpm0qt6sf2qBM-bitN-pCfFikI">This wasn''t me</a></p>
<p>Questions: coalition@example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669408.26513.5644223431948658036@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:37:29 +0000", "Auto-Submitted": "auto-generated"}','verify',4,'2026-12-08 00:37:29.000000',0,'2026-12-08 00:37:29.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(149,'firmante172@org172.example.org','Confirm your signature: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello María José Núñez,

You asked to add Red for Migrant Justice Tijuana to the statement
"Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzAsImciOjE3OTY2OTAzMjUwMDAwMDB9.axdRlQ.E851Txj6Y153l62DwCMoTYzERa8

The link works until 15 Dec 2026, 00:38 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Migrant Justice Tijuana
  Category: International
  Location: Tijuana, Baja California, México
  Signed by: María José Núñez, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzAsImciOjE3OTY2OTAzMjUwMDAwMDB9.axdRlQ.VKKnEWg9tgB5CdKu7eW2So0KNvo

Questions: coalition@example.org

The statement: http://signon.example.org/s/protect-migrant-shelters

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Núñez,</p>
<p>You asked to add <strong>Red for Migrant Justice Tijuana</strong> to the statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzAsImciOjE3OTY2OTAzMjUwMDAwMDB9.axdRlQ.E851Txj6Y153l62DwCMoTYzERa8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzAsImciOjE3OTY2OTAzMjUwMDAwMDB9.axdRlQ.E851Txj6Y153l62DwCMoTYzERa8</p>
<p>The link works until 15 Dec 2026, 00:38 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Migrant Justice Tijuana</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzAsImciOjE3OTY2OTAzMjUwMDAwMDB9.axdRlQ.VKKnEWg9tgB5CdKu7eW2So0KNvo">This wasn''t me</a></p>
<p>Questions: coalition@example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669410.26513.15334707854521668200@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:38:45 +0000", "Auto-Submitted": "auto-generated"}','verify',4,'2026-12-08 00:38:45.000000',0,'2026-12-08 00:38:45.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(150,'firmante173@org173.example.org','Confirm your signature: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello Émile Øster,

You asked to add Centro de Apoyo al Migrante San Pedro Sula to the statement
"Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzEsImciOjE3OTY2OTA0MDEwMDAwMDB9.axdR4Q.KwT8k-zk3DcSMt-ZS1yfbxTq5i4

The link works until 15 Dec 2026, 00:40 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Apoyo al Migrante San Pedro Sula
  Category: National
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Øster, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzEsImciOjE3OTY2OTA0MDEwMDAwMDB9.axdR4Q.w4uZvFyiwTgOQzSITNUmerBYcjw

Questions: coalition@example.org

The statement: http://signon.example.org/s/protect-migrant-shelters

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Øster,</p>
<p>You asked to add <strong>Centro de Apoyo al Migrante San Pedro Sula</strong> to the statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzEsImciOjE3OTY2OTA0MDEwMDAwMDB9.axdR4Q.KwT8k-zk3DcSMt-ZS1yfbxTq5i4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzEsImciOjE3OTY2OTA0MDEwMDAwMDB9.axdR4Q.KwT8k-zk3DcSMt-ZS1yfbxTq5i4</p>
<p>The link works until 15 Dec 2026, 00:40 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Apoyo al Migrante San Pedro Sula</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzEsImciOjE3OTY2OTA0MDEwMDAwMDB9.axdR4Q.w4uZvFyiwTgOQzSITNUmerBYcjw">This wasn''t me</a></p>
<p>Questions: coalition@example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669412.26513.6046962229294559288@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:40:01 +0000", "Auto-Submitted": "auto-generated"}','verify',4,'2026-12-08 00:40:01.000000',0,'2026-12-08 00:40:01.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(151,'firmante174@org174.example.org','Confirm your signature: Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','Hello Nuño O''Brien,

You asked to add Coalición for Refugee Rights Tapachula to the statement
"Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzIsImciOjE3OTY2OTA0NzcwMDAwMDB9.axdSLQ.Bwz2voxJDgW3YBEL7PudB9UCnXk

The link works until 15 Dec 2026, 00:41 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxNzIsImciOjE3OTY2OTA0NzcwMDAwMDB9.axdSLQ._pqoy0tieUfOwjbWvd3g-6IhfN4

Questions: coalition@example.org

The statement: http://signon.example.org/s/protect-migrant-shelters

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño O&#39;Brien,</p>
<p>You asked to add <strong>Coalición for Refugee Rights Tapachula</strong> to the statement <a href="http://signon.example.org/s/protect-migrant-shelters">Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzIsImciOjE3OTY2OTA0NzcwMDAwMDB9.axdSLQ.Bwz2voxJDgW3YBEL7PudB9UCnXk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzIsImciOjE3OTY2OTA0NzcwMDAwMDB9.axdSLQ.Bwz2voxJDgW3YBEL7PudB9UCnXk</p>
<p>The link works until 15 Dec 2026, 00:41 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Refugee Rights Tapachula</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org174.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzIsImciOjE3OTY2OTA0NzcwMDAwMDB9.axdSLQ._pqoy0tieUfOwjbWvd3g-6IhfN4">This wasn''t me</a></p>
<p>Questions: coalition@example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669414.26513.4472171921976802625@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:41:17 +0000", "Auto-Submitted": "auto-generated"}','verify',4,'2026-12-08 00:41:17.000000',0,'2026-12-08 00:41:17.000000',NULL,'',NULL,NULL,'');
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
</body></html>','{"Message-ID": "<179667669415.26513.7203919789304729553@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:42:06 +0000", "Auto-Submitted": "auto-generated"}','letter_published',4,'2026-12-08 00:42:06.000000',0,'2026-12-08 00:42:06.000000',NULL,'',NULL,NULL,'');
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
</body></html>','{"Message-ID": "<179667669415.26513.3539869051618772888@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:42:06 +0000", "Auto-Submitted": "auto-generated"}','letter_published',4,'2026-12-08 00:42:06.000000',0,'2026-12-08 00:42:06.000000',NULL,'',NULL,NULL,'');
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
</body></html>','{"Message-ID": "<179667669415.26513.483264965231840885@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:42:06 +0000", "Auto-Submitted": "auto-generated"}','letter_published',4,'2026-12-08 00:42:06.000000',0,'2026-12-08 00:42:06.000000',NULL,'',NULL,NULL,'');
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
</body></html>','{"Message-ID": "<179667669415.26513.2625348326984458885@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:42:06 +0000", "Auto-Submitted": "auto-generated"}','letter_published',4,'2026-12-08 00:42:06.000000',0,'2026-12-08 00:42:06.000000',NULL,'',NULL,NULL,'');
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
</body></html>','{"Message-ID": "<179667669415.26513.17146957777536694658@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:42:06 +0000", "Auto-Submitted": "auto-generated"}','letter_published',4,'2026-12-08 00:42:06.000000',0,'2026-12-08 00:42:06.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(157,'ines@wola.example.org','You are invited to coordinate: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello,

María José Núñez invites you to coordinate the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border" on Signon, as an editor (everything except adding and removing coordinators).

To accept, open this link, then choose your name and a password (or,
if you already have a Signon account with this address, sign in):

http://signon.example.org/invitations/GvAljubdrr6UCR_061lWmSR5bNAxQ0FaZOPRL1JR4SY

The link works once, until 15 Dec 2026, 00:42 UTC.

If you did not expect this, ignore this email: nothing happens unless
you open the link and accept.','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>You are invited to coordinate a statement</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>María José Núñez invites you to coordinate the statement <strong>U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</strong> on Signon, as an editor (everything except adding and removing coordinators).</p>
<p><a href="http://signon.example.org/invitations/GvAljubdrr6UCR_061lWmSR5bNAxQ0FaZOPRL1JR4SY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Accept the invitation</a></p>
<p>Or copy this link into your browser: http://signon.example.org/invitations/GvAljubdrr6UCR_061lWmSR5bNAxQ0FaZOPRL1JR4SY</p>
<p>You will choose your name and a password (or, if you already have a Signon account with this address, sign in). The link works once, until 15 Dec 2026, 00:42 UTC.</p>
<p>If you did not expect this, ignore this email: nothing happens unless you open the link and accept.</p>
</body></html>','{"Message-ID": "<179667669482.26513.7004296151276078632@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:42:14 +0000", "Auto-Submitted": "auto-generated"}','invitation',1,'2026-12-08 00:42:14.000000',0,'2026-12-08 00:42:14.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(158,'otto@other.example.org','You are invited to coordinate: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello,

María José Núñez invites you to coordinate the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border" on Signon, as an owner (everything, including adding and removing coordinators).

To accept, open this link, then choose your name and a password (or,
if you already have a Signon account with this address, sign in):

http://signon.example.org/invitations/_3iamZlR3Zz-EnEYFDvYgGi_k4A9O9ETNRTeD1weS8U

The link works once, until 15 Dec 2026, 00:42 UTC.

If you did not expect this, ignore this email: nothing happens unless
you open the link and accept.','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>You are invited to coordinate a statement</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>María José Núñez invites you to coordinate the statement <strong>U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</strong> on Signon, as an owner (everything, including adding and removing coordinators).</p>
<p><a href="http://signon.example.org/invitations/_3iamZlR3Zz-EnEYFDvYgGi_k4A9O9ETNRTeD1weS8U" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Accept the invitation</a></p>
<p>Or copy this link into your browser: http://signon.example.org/invitations/_3iamZlR3Zz-EnEYFDvYgGi_k4A9O9ETNRTeD1weS8U</p>
<p>You will choose your name and a password (or, if you already have a Signon account with this address, sign in). The link works once, until 15 Dec 2026, 00:42 UTC.</p>
<p>If you did not expect this, ignore this email: nothing happens unless you open the link and accept.</p>
</body></html>','{"Message-ID": "<179667669483.26513.4142520291134952110@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:42:17 +0000", "Auto-Submitted": "auto-generated"}','invitation',1,'2026-12-08 00:42:17.000000',0,'2026-12-08 00:42:17.000000',NULL,'',NULL,NULL,'');
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
</body></html>','{"Message-ID": "<179667669486.26513.5070963769899693124@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:42:29 +0000", "Auto-Submitted": "auto-generated"}','signature_rejected',1,'2026-12-08 00:42:29.000000',0,'2026-12-08 00:42:29.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(160,'firmante180@org180.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana García,

You asked to add Colectivo Niñez sin Fronteras San Salvador to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzMsImciOjE3OTY2OTA1NjQwMDAwMDB9.axdShA.qsZBdVGlGEYg7Gp5bI3zh9KSFXQ

The link works until 15 Dec 2026, 00:42 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxNzMsImciOjE3OTY2OTA1NjQwMDAwMDB9.axdShA.6uPFHjdoRZ-JPA_lD18h80_8KSA

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana García,</p>
<p>You asked to add <strong>Colectivo Niñez sin Fronteras San Salvador</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzMsImciOjE3OTY2OTA1NjQwMDAwMDB9.axdShA.qsZBdVGlGEYg7Gp5bI3zh9KSFXQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzMsImciOjE3OTY2OTA1NjQwMDAwMDB9.axdShA.qsZBdVGlGEYg7Gp5bI3zh9KSFXQ</p>
<p>The link works until 15 Dec 2026, 00:42 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo Niñez sin Fronteras San Salvador</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org180.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana García, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzMsImciOjE3OTY2OTA1NjQwMDAwMDB9.axdShA.6uPFHjdoRZ-JPA_lD18h80_8KSA">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669492.26513.15835230373394203231@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:42:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:42:44.000000',0,'2026-12-08 00:42:44.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(161,'firmante181@org181.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José Müller,

You asked to add Asociación for Humane Borders El Paso to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzQsImciOjE3OTY2OTA2NDAwMDAwMDB9.axdS0A.atLsNkuHdIQmWD2GxICKG0PZfCs

The link works until 15 Dec 2026, 00:44 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Humane Borders El Paso
  Category: Organizaciones de Centroamérica
  Location: El Paso, TX, United States
  Signed by: José Müller, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzQsImciOjE3OTY2OTA2NDAwMDAwMDB9.axdS0A.oHb161N0y22pFdzSL0E96FqOZXc

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Müller,</p>
<p>You asked to add <strong>Asociación for Humane Borders El Paso</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzQsImciOjE3OTY2OTA2NDAwMDAwMDB9.axdS0A.atLsNkuHdIQmWD2GxICKG0PZfCs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzQsImciOjE3OTY2OTA2NDAwMDAwMDB9.axdS0A.atLsNkuHdIQmWD2GxICKG0PZfCs</p>
<p>The link works until 15 Dec 2026, 00:44 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Humane Borders El Paso</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzQsImciOjE3OTY2OTA2NDAwMDAwMDB9.axdS0A.oHb161N0y22pFdzSL0E96FqOZXc">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669494.26513.3858226705514821659@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:44:00 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:44:00.000000',0,'2026-12-08 00:44:00.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(162,'firmante182@org182.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Peña,

You asked to add Council de Defensoras Comunitarias Berlin to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzUsImciOjE3OTY2OTA3MTYwMDAwMDB9.axdTHA.wn_9DkuFeUOoc2OFCK4BOxRtpRU

The link works until 15 Dec 2026, 00:45 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council de Defensoras Comunitarias Berlin
  Category: Organizaciones internacionales
  Location: Berlin, Deutschland
  Signed by: Łukasz Peña, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzUsImciOjE3OTY2OTA3MTYwMDAwMDB9.axdTHA.Kj3Xnl2lZG_N0JAFp2saa6_DLS4

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Peña,</p>
<p>You asked to add <strong>Council de Defensoras Comunitarias Berlin</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzUsImciOjE3OTY2OTA3MTYwMDAwMDB9.axdTHA.wn_9DkuFeUOoc2OFCK4BOxRtpRU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzUsImciOjE3OTY2OTA3MTYwMDAwMDB9.axdTHA.wn_9DkuFeUOoc2OFCK4BOxRtpRU</p>
<p>The link works until 15 Dec 2026, 00:45 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Defensoras Comunitarias Berlin</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzUsImciOjE3OTY2OTA3MTYwMDAwMDB9.axdTHA.Kj3Xnl2lZG_N0JAFp2saa6_DLS4">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669496.26513.3861322249056136646@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:45:16 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:45:16.000000',0,'2026-12-08 00:45:16.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(163,'firmante183@org183.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Núñez,

You asked to add Observatorio por los Derechos Humanos San Diego to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzYsImciOjE3OTY2OTA3OTIwMDAwMDB9.axdTaA.DDL58AHYTXuViipLiTq1ApsFyAo

The link works until 15 Dec 2026, 00:46 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxNzYsImciOjE3OTY2OTA3OTIwMDAwMDB9.axdTaA.zGu9EBlvUfCk2Yb8dOI8zTkDKM0

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Núñez,</p>
<p>You asked to add <strong>Observatorio por los Derechos Humanos San Diego</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzYsImciOjE3OTY2OTA3OTIwMDAwMDB9.axdTaA.DDL58AHYTXuViipLiTq1ApsFyAo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzYsImciOjE3OTY2OTA3OTIwMDAwMDB9.axdTaA.DDL58AHYTXuViipLiTq1ApsFyAo</p>
<p>The link works until 15 Dec 2026, 00:46 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio por los Derechos Humanos San Diego</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org183.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzYsImciOjE3OTY2OTA3OTIwMDAwMDB9.axdTaA.zGu9EBlvUfCk2Yb8dOI8zTkDKM0">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669499.26513.7777680073043163835@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:46:32 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:46:32.000000',0,'2026-12-08 00:46:32.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(164,'firmante184@org184.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Øster,

You asked to add Red de Apoyo al Migrante Tijuana to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzcsImciOjE3OTY2OTA4NjgwMDAwMDB9.axdTtA.kDuJXtlwqnjJCGk7W05GACVQ6eU

The link works until 15 Dec 2026, 00:47 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red de Apoyo al Migrante Tijuana
  Category: Organizaciones de Centroamérica
  Location: Tijuana, Baja California, México
  Signed by: María José Øster, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzcsImciOjE3OTY2OTA4NjgwMDAwMDB9.axdTtA.GzyuNUgpxoz7TYzszugbXVMANXc

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Øster,</p>
<p>You asked to add <strong>Red de Apoyo al Migrante Tijuana</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzcsImciOjE3OTY2OTA4NjgwMDAwMDB9.axdTtA.kDuJXtlwqnjJCGk7W05GACVQ6eU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzcsImciOjE3OTY2OTA4NjgwMDAwMDB9.axdTtA.kDuJXtlwqnjJCGk7W05GACVQ6eU</p>
<p>The link works until 15 Dec 2026, 00:47 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Apoyo al Migrante Tijuana</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Øster, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzcsImciOjE3OTY2OTA4NjgwMDAwMDB9.axdTtA.GzyuNUgpxoz7TYzszugbXVMANXc">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669501.26513.1970213983781725265@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:47:48 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:47:48.000000',0,'2026-12-08 00:47:48.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(165,'firmante185@org185.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile O''Brien,

You asked to add Centro for Refugee Rights San Pedro Sula to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzgsImciOjE3OTY2OTA5NDQwMDAwMDB9.axdUAA.AER10UqIip2gfrQXgoHzRVfF-Jo

The link works until 15 Dec 2026, 00:49 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Refugee Rights San Pedro Sula
  Category: Organizaciones internacionales
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile O''Brien, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxNzgsImciOjE3OTY2OTA5NDQwMDAwMDB9.axdUAA.tWyDPBfmtG5nunQtXznUrPSAUYQ

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile O&#39;Brien,</p>
<p>You asked to add <strong>Centro for Refugee Rights San Pedro Sula</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzgsImciOjE3OTY2OTA5NDQwMDAwMDB9.axdUAA.AER10UqIip2gfrQXgoHzRVfF-Jo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzgsImciOjE3OTY2OTA5NDQwMDAwMDB9.axdUAA.AER10UqIip2gfrQXgoHzRVfF-Jo</p>
<p>The link works until 15 Dec 2026, 00:49 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Refugee Rights San Pedro Sula</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzgsImciOjE3OTY2OTA5NDQwMDAwMDB9.axdUAA.tWyDPBfmtG5nunQtXznUrPSAUYQ">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669503.26513.6548901283345701800@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:49:04 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:49:04.000000',0,'2026-12-08 00:49:04.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(166,'firmante186@org186.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño 山田,

You asked to add Coalición Frontera Digna Tapachula to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNzksImciOjE3OTY2OTEwMjAwMDAwMDB9.axdUTA.GRObx0pjhBwVUDYAscdbMEwXnG4

The link works until 15 Dec 2026, 00:50 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxNzksImciOjE3OTY2OTEwMjAwMDAwMDB9.axdUTA.YXKsgY7aAsoI3KvvatcJl4z3yIg

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño 山田,</p>
<p>You asked to add <strong>Coalición Frontera Digna Tapachula</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNzksImciOjE3OTY2OTEwMjAwMDAwMDB9.axdUTA.GRObx0pjhBwVUDYAscdbMEwXnG4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNzksImciOjE3OTY2OTEwMjAwMDAwMDB9.axdUTA.GRObx0pjhBwVUDYAscdbMEwXnG4</p>
<p>The link works until 15 Dec 2026, 00:50 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Frontera Digna Tapachula</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org186.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxNzksImciOjE3OTY2OTEwMjAwMDAwMDB9.axdUTA.YXKsgY7aAsoI3KvvatcJl4z3yIg">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669505.26513.15210580931182201089@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:50:20 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:50:20.000000',0,'2026-12-08 00:50:20.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(167,'firmante187@org187.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Martínez,

You asked to add Alliance for Border Solidarity Genève to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODAsImciOjE3OTY2OTEwOTYwMDAwMDB9.axdUmA.f97PAJSn2lN_91NzF10XhzOb8Z4

The link works until 15 Dec 2026, 00:51 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Border Solidarity Genève
  Category: Organizaciones de Centroamérica
  Location: Genève, Suisse
  Signed by: Айгуль Martínez, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODAsImciOjE3OTY2OTEwOTYwMDAwMDB9.axdUmA.s2gL61PKzxqVknk9meSHIAh8ArQ

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Martínez,</p>
<p>You asked to add <strong>Alliance for Border Solidarity Genève</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODAsImciOjE3OTY2OTEwOTYwMDAwMDB9.axdUmA.f97PAJSn2lN_91NzF10XhzOb8Z4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODAsImciOjE3OTY2OTEwOTYwMDAwMDB9.axdUmA.f97PAJSn2lN_91NzF10XhzOb8Z4</p>
<p>The link works until 15 Dec 2026, 00:51 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Border Solidarity Genève</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODAsImciOjE3OTY2OTEwOTYwMDAwMDB9.axdUmA.s2gL61PKzxqVknk9meSHIAh8ArQ">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669508.26513.1956765306405454186@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:51:36 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:51:36.000000',0,'2026-12-08 00:51:36.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(168,'firmante188@org188.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Haddad,

You asked to add Network Jesuita con Migrantes Tucson to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODEsImciOjE3OTY2OTExNzIwMDAwMDB9.axdU5A.yhgouFAO9IZKnq7RK7G66GEUVFQ

The link works until 15 Dec 2026, 00:52 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network Jesuita con Migrantes Tucson
  Category: Organizaciones internacionales
  Location: Tucson, AZ, United States
  Signed by: Fatima Haddad, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODEsImciOjE3OTY2OTExNzIwMDAwMDB9.axdU5A.wBvm7FCMTwYXwvZLzBZT0xw1OX8

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Haddad,</p>
<p>You asked to add <strong>Network Jesuita con Migrantes Tucson</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODEsImciOjE3OTY2OTExNzIwMDAwMDB9.axdU5A.yhgouFAO9IZKnq7RK7G66GEUVFQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODEsImciOjE3OTY2OTExNzIwMDAwMDB9.axdU5A.yhgouFAO9IZKnq7RK7G66GEUVFQ</p>
<p>The link works until 15 Dec 2026, 00:52 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Jesuita con Migrantes Tucson</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODEsImciOjE3OTY2OTExNzIwMDAwMDB9.axdU5A.wBvm7FCMTwYXwvZLzBZT0xw1OX8">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669510.26513.4726876251646329906@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:52:52 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:52:52.000000',0,'2026-12-08 00:52:52.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(169,'firmante189@org189.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Dubois,

You asked to add Fundación de Mujeres Migrantes Madrid to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODIsImciOjE3OTY2OTEyNDgwMDAwMDB9.axdVMA.rC1iZufhBJwDrVr20c1yc5t6im4

The link works until 15 Dec 2026, 00:54 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxODIsImciOjE3OTY2OTEyNDgwMDAwMDB9.axdVMA.nLIkTZFI5v2AbIsrOh6DMYYzAoQ

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Dubois,</p>
<p>You asked to add <strong>Fundación de Mujeres Migrantes Madrid</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODIsImciOjE3OTY2OTEyNDgwMDAwMDB9.axdVMA.rC1iZufhBJwDrVr20c1yc5t6im4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODIsImciOjE3OTY2OTEyNDgwMDAwMDB9.axdVMA.rC1iZufhBJwDrVr20c1yc5t6im4</p>
<p>The link works until 15 Dec 2026, 00:54 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Mujeres Migrantes Madrid</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org189.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODIsImciOjE3OTY2OTEyNDgwMDAwMDB9.axdVMA.nLIkTZFI5v2AbIsrOh6DMYYzAoQ">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669512.26513.9235461698311460116@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:54:08 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:54:08.000000',0,'2026-12-08 00:54:08.000000',NULL,'',NULL,NULL,'');
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
</body></html>','{"Message-ID": "<179667669515.26513.10956637374019013707@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:55:30 +0000", "Auto-Submitted": "auto-generated"}','signature_rejected',2,'2026-12-08 00:55:30.000000',0,'2026-12-08 00:55:30.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(171,'firmante190@org190.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Иванова,

You asked to add Renée Иванова, Comité for Asylum Seekers Ciudad de Guatemala to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODMsImciOjE3OTY2OTEzMzMwMDAwMDB9.axdVhQ.KdvwjJSRk4ppWbq1aIp2Spc53as

The link works until 15 Dec 2026, 00:55 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Renée Иванова, Comité for Asylum Seekers Ciudad de Guatemala
  Category: National Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Иванова, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODMsImciOjE3OTY2OTEzMzMwMDAwMDB9.axdVhQ.in0pVapQwUG_UlJqtUOZjLzCaF0

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Иванова,</p>
<p>You asked to add <strong>Renée Иванова, Comité for Asylum Seekers Ciudad de Guatemala</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODMsImciOjE3OTY2OTEzMzMwMDAwMDB9.axdVhQ.KdvwjJSRk4ppWbq1aIp2Spc53as" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODMsImciOjE3OTY2OTEzMzMwMDAwMDB9.axdVhQ.KdvwjJSRk4ppWbq1aIp2Spc53as</p>
<p>The link works until 15 Dec 2026, 00:55 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Renée Иванова, Comité for Asylum Seekers Ciudad de Guatemala</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODMsImciOjE3OTY2OTEzMzMwMDAwMDB9.axdVhQ.in0pVapQwUG_UlJqtUOZjLzCaF0">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669517.26513.14390766523177353553@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:55:33 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:55:33.000000',0,'2026-12-08 00:55:33.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(172,'firmante191@org191.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki García,

You asked to add Iñaki García, Institute Niñez sin Fronteras Ciudad Juárez to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODQsImciOjE3OTY2OTE0MDkwMDAwMDB9.axdV0Q.gFKF98_NjdXlFbe2njiosRc2g9c

The link works until 15 Dec 2026, 00:56 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Iñaki García, Institute Niñez sin Fronteras Ciudad Juárez
  Category: State and Local Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki García, Президент

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODQsImciOjE3OTY2OTE0MDkwMDAwMDB9.axdV0Q.a2I2RtJZCmDHPSLVrDh38QWvm0E

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki García,</p>
<p>You asked to add <strong>Iñaki García, Institute Niñez sin Fronteras Ciudad Juárez</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODQsImciOjE3OTY2OTE0MDkwMDAwMDB9.axdV0Q.gFKF98_NjdXlFbe2njiosRc2g9c" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODQsImciOjE3OTY2OTE0MDkwMDAwMDB9.axdV0Q.gFKF98_NjdXlFbe2njiosRc2g9c</p>
<p>The link works until 15 Dec 2026, 00:56 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Iñaki García, Institute Niñez sin Fronteras Ciudad Juárez</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki García, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODQsImciOjE3OTY2OTE0MDkwMDAwMDB9.axdV0Q.a2I2RtJZCmDHPSLVrDh38QWvm0E">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669519.26513.2125406799632201991@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:56:49 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:56:49.000000',0,'2026-12-08 00:56:49.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(173,'firmante192@org192.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Müller,

You asked to add Ana Müller, Colectivo for Humane Borders San Salvador to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODUsImciOjE3OTY2OTE0ODUwMDAwMDB9.axdWHQ.GJP1kAecKHh6YCOy5SU2Q_EIKm4

The link works until 15 Dec 2026, 00:58 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxODUsImciOjE3OTY2OTE0ODUwMDAwMDB9.axdWHQ.gBKRhcbG91wCoxCOoQelBAmrHVE

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Müller,</p>
<p>You asked to add <strong>Ana Müller, Colectivo for Humane Borders San Salvador</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODUsImciOjE3OTY2OTE0ODUwMDAwMDB9.axdWHQ.GJP1kAecKHh6YCOy5SU2Q_EIKm4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODUsImciOjE3OTY2OTE0ODUwMDAwMDB9.axdWHQ.GJP1kAecKHh6YCOy5SU2Q_EIKm4</p>
<p>The link works until 15 Dec 2026, 00:58 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ana Müller, Colectivo for Humane Borders San Salvador</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org192.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Müller, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODUsImciOjE3OTY2OTE0ODUwMDAwMDB9.axdWHQ.gBKRhcbG91wCoxCOoQelBAmrHVE">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669521.26513.5949747445585090149@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:58:05 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:58:05.000000',0,'2026-12-08 00:58:05.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(174,'firmante193@org193.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Peña,

You asked to add José Peña, Asociación de Defensoras Comunitarias El Paso to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODYsImciOjE3OTY2OTE1MjkwMDAwMDB9.axdWSQ.suJsD5BWFWhSjQsUeXT4AR6L3-I

The link works until 15 Dec 2026, 00:58 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: José Peña, Asociación de Defensoras Comunitarias El Paso
  Category: National Organizations
  Location: El Paso, TX, United States
  Signed by: José Peña, Coordinadora

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODYsImciOjE3OTY2OTE1MjkwMDAwMDB9.axdWSQ.ETMuPJ7rjY31uPkKk94aYMaLKJw

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Peña,</p>
<p>You asked to add <strong>José Peña, Asociación de Defensoras Comunitarias El Paso</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODYsImciOjE3OTY2OTE1MjkwMDAwMDB9.axdWSQ.suJsD5BWFWhSjQsUeXT4AR6L3-I" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODYsImciOjE3OTY2OTE1MjkwMDAwMDB9.axdWSQ.suJsD5BWFWhSjQsUeXT4AR6L3-I</p>
<p>The link works until 15 Dec 2026, 00:58 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>José Peña, Asociación de Defensoras Comunitarias El Paso</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODYsImciOjE3OTY2OTE1MjkwMDAwMDB9.axdWSQ.ETMuPJ7rjY31uPkKk94aYMaLKJw">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669522.26513.2955960909664087959@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:58:49 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:58:49.000000',0,'2026-12-08 00:58:49.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(175,'firmante194@org194.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Núñez,

You asked to add Łukasz Núñez, Council por los Derechos Humanos Berlin to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODcsImciOjE3OTY2OTE2MDUwMDAwMDB9.axdWlQ.GS6PV9Jt_ezQeqo93IKbklEn2AU

The link works until 15 Dec 2026, 01:00 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Łukasz Núñez, Council por los Derechos Humanos Berlin
  Category: State and Local Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Núñez, Policy Officer

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODcsImciOjE3OTY2OTE2MDUwMDAwMDB9.axdWlQ.ASiKd7qtqULjvilPzowS1FJ26jI

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Núñez,</p>
<p>You asked to add <strong>Łukasz Núñez, Council por los Derechos Humanos Berlin</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODcsImciOjE3OTY2OTE2MDUwMDAwMDB9.axdWlQ.GS6PV9Jt_ezQeqo93IKbklEn2AU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODcsImciOjE3OTY2OTE2MDUwMDAwMDB9.axdWlQ.GS6PV9Jt_ezQeqo93IKbklEn2AU</p>
<p>The link works until 15 Dec 2026, 01:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Łukasz Núñez, Council por los Derechos Humanos Berlin</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODcsImciOjE3OTY2OTE2MDUwMDAwMDB9.axdWlQ.ASiKd7qtqULjvilPzowS1FJ26jI">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669525.26513.2704373746192693322@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:00:05 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 01:00:05.000000',0,'2026-12-08 01:00:05.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(176,'tomas@came.example.org','Set a new password for Signon','Hello Tomás Ibáñez,

Someone (we hope you) asked to set a new password for your Signon
coordinator account, tomas@came.example.org.

To set it, open this link:

http://signon.example.org/password/reset/eyJjIjoyLCJmIjoiMTViYTBjNWIxODkyZWE0ZDI0ZGU1MWJmNmUxOWRmNDAifQ.axdW4Q.l3193FOcNc5WoVSTEJP2Yw6EoXw

The link works once, until 8 Dec 2026, 02:01 UTC. Setting a new
password signs your account out everywhere else.

If you did not ask for this, ignore this email: your password stays
as it is. A new link: http://signon.example.org/password/forgot','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Set a new password</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Tomás Ibáñez,</p>
<p>Someone (we hope you) asked to set a new password for your Signon coordinator account, tomas@came.example.org.</p>
<p><a href="http://signon.example.org/password/reset/eyJjIjoyLCJmIjoiMTViYTBjNWIxODkyZWE0ZDI0ZGU1MWJmNmUxOWRmNDAifQ.axdW4Q.l3193FOcNc5WoVSTEJP2Yw6EoXw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Set a new password</a></p>
<p>Or copy this link into your browser: http://signon.example.org/password/reset/eyJjIjoyLCJmIjoiMTViYTBjNWIxODkyZWE0ZDI0ZGU1MWJmNmUxOWRmNDAifQ.axdW4Q.l3193FOcNc5WoVSTEJP2Yw6EoXw</p>
<p>The link works once, until 8 Dec 2026, 02:01 UTC. Setting a new password signs your account out everywhere else.</p>
<p>If you did not ask for this, ignore this email: your password stays as it is.</p>
</body></html>','{"Message-ID": "<179667669526.26513.2791794723039090257@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:21 +0000", "Auto-Submitted": "auto-generated"}','password_reset',NULL,'2026-12-08 01:01:21.000000',0,'2026-12-08 01:01:21.000000',NULL,'',NULL,NULL,'');
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
</body></html>','{"Message-ID": "<179667669529.26513.3677963161551941070@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:24 +0000", "Auto-Submitted": "auto-generated"}','notify_closed',4,'2026-12-08 01:01:24.000000',0,'2026-12-08 01:01:24.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(178,'firmante040@org040.example.org','Manage your signature','Hello,

Someone asked for a link to manage the signatures made with this email
address. Open the link to withdraw or correct it:

Red de Apoyo al Migrante (International Organizations)
on "U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border"
http://signon.example.org/manage/eyJzIjo0NywiZyI6MTc5NjY3OTYyODAwMDAwMH0.axdW6Q.rRKmp8NZSsvPnOB8JurdsS2UZkg

The link works until 15 Dec 2026, 01:01 UTC. To get a new one: http://signon.example.org/manage

If you did not ask for this, ignore this email: nothing changes until
you press a button on the page the link opens.','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Manage your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>Someone asked for a link to manage the signatures made with this email address. Open a link to withdraw or correct that signature:</p>
<ul>
<li><strong>Red de Apoyo al Migrante</strong> (International Organizations) on “U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border”: <a href="http://signon.example.org/manage/eyJzIjo0NywiZyI6MTc5NjY3OTYyODAwMDAwMH0.axdW6Q.rRKmp8NZSsvPnOB8JurdsS2UZkg">manage this signature</a><br>Or copy this link into your browser: http://signon.example.org/manage/eyJzIjo0NywiZyI6MTc5NjY3OTYyODAwMDAwMH0.axdW6Q.rRKmp8NZSsvPnOB8JurdsS2UZkg</li>
</ul>
<p>The link works until 15 Dec 2026, 01:01 UTC. To get a new one: <a href="http://signon.example.org/manage">http://signon.example.org/manage</a></p>
<p>If you did not ask for this, ignore this email: nothing changes until you press a button on the page the link opens.</p>
</body></html>','{"Message-ID": "<179667669531.26513.5826492293867695342@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:29 +0000", "Auto-Submitted": "auto-generated"}','manage_link',NULL,'2026-12-08 01:01:29.000000',0,'2026-12-08 01:01:29.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(179,'firmante041@org041.example.org','Manage your signature','Hello,

Someone asked for a link to manage the signatures made with this email
address. Open the link to withdraw or correct it:

Centro for Refugee Rights (International Organizations)
on "U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border"
http://signon.example.org/manage/eyJzIjo0OCwiZyI6MTc5NjY3OTY3MjAwMDAwMH0.axdW7A.S7Fx_AIMtv9P59WCYnU0NzwTBIs

The link works until 15 Dec 2026, 01:01 UTC. To get a new one: http://signon.example.org/manage

If you did not ask for this, ignore this email: nothing changes until
you press a button on the page the link opens.','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Manage your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>Someone asked for a link to manage the signatures made with this email address. Open a link to withdraw or correct that signature:</p>
<ul>
<li><strong>Centro for Refugee Rights</strong> (International Organizations) on “U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border”: <a href="http://signon.example.org/manage/eyJzIjo0OCwiZyI6MTc5NjY3OTY3MjAwMDAwMH0.axdW7A.S7Fx_AIMtv9P59WCYnU0NzwTBIs">manage this signature</a><br>Or copy this link into your browser: http://signon.example.org/manage/eyJzIjo0OCwiZyI6MTc5NjY3OTY3MjAwMDAwMH0.axdW7A.S7Fx_AIMtv9P59WCYnU0NzwTBIs</li>
</ul>
<p>The link works until 15 Dec 2026, 01:01 UTC. To get a new one: <a href="http://signon.example.org/manage">http://signon.example.org/manage</a></p>
<p>If you did not ask for this, ignore this email: nothing changes until you press a button on the page the link opens.</p>
</body></html>','{"Message-ID": "<179667669531.26513.2196140460815191409@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:32 +0000", "Auto-Submitted": "auto-generated"}','manage_link',NULL,'2026-12-08 01:01:32.000000',0,'2026-12-08 01:01:32.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(180,'firmante042@org042.example.org','Manage your signature','Hello,

Someone asked for a link to manage the signatures made with this email
address. Open the link to withdraw or correct it:

Coalición Frontera Digna (National Organizations)
on "U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border"
http://signon.example.org/manage/eyJzIjo0OSwiZyI6MTc5NjY3OTc0ODAwMDAwMH0.axdW7w.eTMUtYuQc-pJ35se9UwI915wFY4

The link works until 15 Dec 2026, 01:01 UTC. To get a new one: http://signon.example.org/manage

If you did not ask for this, ignore this email: nothing changes until
you press a button on the page the link opens.','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Manage your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello,</p>
<p>Someone asked for a link to manage the signatures made with this email address. Open a link to withdraw or correct that signature:</p>
<ul>
<li><strong>Coalición Frontera Digna</strong> (National Organizations) on “U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border”: <a href="http://signon.example.org/manage/eyJzIjo0OSwiZyI6MTc5NjY3OTc0ODAwMDAwMH0.axdW7w.eTMUtYuQc-pJ35se9UwI915wFY4">manage this signature</a><br>Or copy this link into your browser: http://signon.example.org/manage/eyJzIjo0OSwiZyI6MTc5NjY3OTc0ODAwMDAwMH0.axdW7w.eTMUtYuQc-pJ35se9UwI915wFY4</li>
</ul>
<p>The link works until 15 Dec 2026, 01:01 UTC. To get a new one: <a href="http://signon.example.org/manage">http://signon.example.org/manage</a></p>
<p>If you did not ask for this, ignore this email: nothing changes until you press a button on the page the link opens.</p>
</body></html>','{"Message-ID": "<179667669532.26513.6441728311839539018@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:35 +0000", "Auto-Submitted": "auto-generated"}','manage_link',NULL,'2026-12-08 01:01:35.000000',0,'2026-12-08 01:01:35.000000',NULL,'',NULL,NULL,'');
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

</body></html>','{"Message-ID": "<179667669535.26513.8519960173914575244@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:38 +0000", "Auto-Submitted": "auto-generated"}','notify_withdrawn',1,'2026-12-08 01:01:38.000000',0,'2026-12-08 01:01:38.000000',NULL,'',NULL,NULL,'');
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

</body></html>','{"Message-ID": "<179667669535.26513.7191618310188167547@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:38 +0000", "Auto-Submitted": "auto-generated"}','notify_withdrawn',1,'2026-12-08 01:01:38.000000',0,'2026-12-08 01:01:38.000000',NULL,'',NULL,NULL,'');
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

</body></html>','{"Message-ID": "<179667669535.26513.14847394471450075088@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:38 +0000", "Auto-Submitted": "auto-generated"}','notify_withdrawn',1,'2026-12-08 01:01:38.000000',0,'2026-12-08 01:01:38.000000',NULL,'',NULL,NULL,'');
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
</body></html>','{"Message-ID": "<179667669538.26513.6602256797328358377@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:41 +0000", "Auto-Submitted": "auto-generated"}','notify_corrected',1,'2026-12-08 01:01:41.000000',0,'2026-12-08 01:01:41.000000',NULL,'',NULL,NULL,'');
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
</body></html>','{"Message-ID": "<179667669538.26513.11015064708406257307@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:41 +0000", "Auto-Submitted": "auto-generated"}','notify_corrected',1,'2026-12-08 01:01:41.000000',0,'2026-12-08 01:01:41.000000',NULL,'',NULL,NULL,'');
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
</body></html>','{"Message-ID": "<179667669538.26513.9707788601250718195@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:41 +0000", "Auto-Submitted": "auto-generated"}','notify_corrected',1,'2026-12-08 01:01:41.000000',0,'2026-12-08 01:01:41.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(187,'firmante195@org195.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Øster,

You asked to add Observatorio for Migrant Justice San Diego to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODgsImciOjE3OTY2OTE3MDQwMDAwMDB9.axdW-A.VmggsDgC9aBQai1S2AY16mXInLw

The link works until 15 Dec 2026, 01:01 UTC. Until you confirm, your
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

http://signon.example.org/not-me/eyJzIjoxODgsImciOjE3OTY2OTE3MDQwMDAwMDB9.axdW-A.N8jEJr41dI5TdsLBpyVLappSd_4

Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Øster,</p>
<p>You asked to add <strong>Observatorio for Migrant Justice San Diego</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODgsImciOjE3OTY2OTE3MDQwMDAwMDB9.axdW-A.VmggsDgC9aBQai1S2AY16mXInLw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODgsImciOjE3OTY2OTE3MDQwMDAwMDB9.axdW-A.VmggsDgC9aBQai1S2AY16mXInLw</p>
<p>The link works until 15 Dec 2026, 01:01 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Migrant Justice San Diego</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org195.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODgsImciOjE3OTY2OTE3MDQwMDAwMDB9.axdW-A.N8jEJr41dI5TdsLBpyVLappSd_4">This wasn''t me</a></p>
<p>Questions: accion-urgente@amnistia.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669540.26513.4495946040185584681@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:01:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 01:01:44.000000',0,'2026-12-08 01:01:44.000000',NULL,'',NULL,NULL,'');
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
</body></html>','{"Message-ID": "<179667669541.26513.1197004538474088902@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:02:28 +0000", "Auto-Submitted": "auto-generated"}','notify_withdrawn',2,'2026-12-08 01:02:28.000000',0,'2026-12-08 01:02:28.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(189,'firmante196@org196.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José O''Brien,

You asked to add Red for Refugee Rights Tijuana to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxODksImciOjE3OTY2OTE3NTEwMDAwMDB9.axdXJw.NPrVC4rAVmwafDM2SGEDdi8qlos

The link works until 15 Dec 2026, 01:02 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Refugee Rights Tijuana
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José O''Brien, Director

If you did not ask for this, nothing is listed without confirmation.
To tell the coordinators that someone used your address, and withdraw
this signature, open this link ("This wasn''t me"):

http://signon.example.org/not-me/eyJzIjoxODksImciOjE3OTY2OTE3NTEwMDAwMDB9.axdXJw.hwCgeZacDRRvPW3ITLaAt5ttHtQ

Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions

To withdraw or correct your signature later: http://signon.example.org/manage','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José O&#39;Brien,</p>
<p>You asked to add <strong>Red for Refugee Rights Tijuana</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxODksImciOjE3OTY2OTE3NTEwMDAwMDB9.axdXJw.NPrVC4rAVmwafDM2SGEDdi8qlos" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxODksImciOjE3OTY2OTE3NTEwMDAwMDB9.axdXJw.NPrVC4rAVmwafDM2SGEDdi8qlos</p>
<p>The link works until 15 Dec 2026, 01:02 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Refugee Rights Tijuana</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, nothing is listed without confirmation. To tell the coordinators that someone used your address, and withdraw this signature: <a href="http://signon.example.org/not-me/eyJzIjoxODksImciOjE3OTY2OTE3NTEwMDAwMDB9.axdXJw.hwCgeZacDRRvPW3ITLaAt5ttHtQ">This wasn''t me</a></p>
<p>Questions: coalition@lawg.example.org</p>
<p style="font-size: 0.9em; color: #555555;">To withdraw or correct your signature later: <a href="http://signon.example.org/manage">manage your signature</a></p>
</body></html>','{"Message-ID": "<179667669543.26513.17895436461307839374@signon.example.org>", "Date": "Tue, 08 Dec 2026 01:02:31 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 01:02:31.000000',0,'2026-12-08 01:02:31.000000',NULL,'',NULL,NULL,'');
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
	CONSTRAINT fk_signature_category_id_category FOREIGN KEY(category_id) REFERENCES category (id), 
	CONSTRAINT uq_signature_statement_id_organization_key UNIQUE (statement_id, organization_key), 
	CONSTRAINT fk_signature_statement_id_statement FOREIGN KEY(statement_id) REFERENCES statement (id) ON DELETE CASCADE, 
	CONSTRAINT ck_signature_status CHECK (status IN ('pending', 'verified', 'rejected', 'withdrawn'))
);
INSERT INTO "signature" VALUES(1,4,9,'The Border Justice Project','border justice project','Washington','DC','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:51:51.000000','2026-12-07 20:51:51.000000',NULL,'2026-12-07 20:51:51.000000','','','',0,0,0,'','');
INSERT INTO "signature" VALUES(2,4,11,'Ámbito Migrante','ambito migrante','Mexico City','','Mexico','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:51:51.000000','2026-12-07 20:51:51.000000',NULL,'2026-12-07 20:51:51.000000','','','',0,0,0,'','');
INSERT INTO "signature" VALUES(3,4,9,'Amnesty International USA','amnesty international usa','New York','NY','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:51:51.000000','2026-12-07 20:51:51.000000',NULL,'2026-12-07 20:51:51.000000','','','',0,0,0,'','');
INSERT INTO "signature" VALUES(4,4,10,'Kino Border Initiative','kino border initiative','Nogales','AZ','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:51:51.000000','2026-12-07 20:51:51.000000',NULL,'2026-12-07 20:51:51.000000','','','',0,0,0,'','');
INSERT INTO "signature" VALUES(5,4,10,'Hope Border Institute','hope border institute','El Paso','TX','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:51:51.000000','2026-12-07 20:51:51.000000',NULL,'2026-12-07 20:51:51.000000','','','',0,0,0,'','');
INSERT INTO "signature" VALUES(6,4,9,'Latin America Working Group','latin america working group','Washington','DC','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:51:51.000000','2026-12-07 20:51:51.000000',NULL,'2026-12-07 20:51:51.000000','','','',0,0,0,'','');
INSERT INTO "signature" VALUES(7,1,3,'Правозащитный центр «Мемориал»','правозащитныи центр мемориал','Москва','','Россия','https://org000.example.org','Firmamos en solidaridad con CAME.','Ana Martínez','Director','firmante000@org000.example.org',1,'verified','2026-12-07 20:51:56.000000','2026-12-07 20:52:40.000000','2026-12-07 20:52:40.000000','2026-12-07 20:52:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(8,1,2,'مركز الخليج لحقوق الإنسان','مركز الخليج لحقوق الإنسان','بيروت','','لبنان','','','José Haddad','Coordinadora','firmante001@org001.example.org',1,'verified','2026-12-07 20:53:12.000000','2026-12-07 20:53:56.000000','2026-12-07 20:53:56.000000','2026-12-07 20:53:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(9,1,3,'移民支援ネットワーク','移民支援ネットワーク','東京','','日本','','','Łukasz Dubois','Policy Officer','firmante002@org002.example.org',1,'verified','2026-12-07 20:54:28.000000','2026-12-08 00:42:23.000000','2026-12-07 20:55:12.000000','2026-12-07 20:55:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,1,'mismatch','');
INSERT INTO "signature" VALUES(10,1,1,'中国劳工通讯','中国劳工通讯','香港','','中国','https://org003.example.org','','Zoë Иванова','Президент','firmante003@org003.example.org',1,'verified','2026-12-07 20:55:44.000000','2026-12-07 20:56:28.000000','2026-12-07 20:56:28.000000','2026-12-07 20:56:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(11,1,2,'The Border Justice Project','border justice project','Washington','DC','United States','','','María José García','Director','firmante004@org004.example.org',1,'pending','2026-12-07 20:57:00.000000','2026-12-07 20:57:00.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(12,1,3,'Ärzte für Menschenrechte','arzte fur menschenrechte','Köln','NRW','Deutschland','','','Émile Müller','Coordinadora','firmante005@org005.example.org',1,'verified','2026-12-07 20:57:44.000000','2026-12-07 20:58:28.000000','2026-12-07 20:58:28.000000','2026-12-07 20:58:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(13,1,1,'Œuvre d''Entraide Œcuménique','œuvre dentraide œcumenique','Lyon','','France','https://org006.example.org','','Nuño Peña','Policy Officer','firmante006@org006.example.org',1,'verified','2026-12-07 20:59:00.000000','2026-12-07 20:59:44.000000','2026-12-07 20:59:44.000000','2026-12-07 20:59:44.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(14,1,2,'Ñañu Colectivo Indígena','nanu colectivo indigena','Oaxaca','Oaxaca','México','','','Айгуль Núñez','Президент','firmante007@org007.example.org',1,'verified','2026-12-07 21:00:16.000000','2026-12-08 00:42:23.000000','2026-12-07 21:01:00.000000','2026-12-07 21:01:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,1,'mismatch','');
INSERT INTO "signature" VALUES(15,1,3,'Asociación Pro Búsqueda de Niñas y Niños Desaparecidos','asociacion pro busqueda de ninas y ninos desaparecidos','San Salvador','','El Salvador','','','Fatima Øster','Director','firmante008@org008.example.org',1,'verified','2026-12-07 21:01:32.000000','2026-12-07 21:02:16.000000','2026-12-07 21:02:16.000000','2026-12-07 21:02:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(16,1,1,'Kino Border Initiative','kino border initiative','Nogales','AZ','United States','https://org009.example.org','','Sakura O''Brien','Coordinadora','firmante009@org009.example.org',1,'verified','2026-12-07 21:02:48.000000','2026-12-07 21:03:32.000000','2026-12-07 21:03:32.000000','2026-12-07 21:03:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(17,1,3,'Hope Border Institute','hope border institute','El Paso','TX','United States','','','Renée 山田','Policy Officer','firmante010@org010.example.org',1,'verified','2026-12-07 21:04:04.000000','2026-12-07 21:04:48.000000','2026-12-07 21:04:48.000000','2026-12-07 21:04:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(18,1,3,'Latin America Working Group','latin america working group','Washington','DC','United States','','Firmamos en solidaridad con CAME.','Iñaki Martínez','Президент','firmante011@org011.example.org',1,'verified','2026-12-07 21:05:20.000000','2026-12-07 21:06:04.000000','2026-12-07 21:06:04.000000','2026-12-07 21:06:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(19,1,1,'Washington Office on Latin America','washington office on latin america','Washington','DC','United States','https://org012.example.org','','Ana Haddad','Director','firmante012@org012.example.org',1,'verified','2026-12-07 21:06:36.000000','2026-12-07 21:07:20.000000','2026-12-07 21:07:20.000000','2026-12-07 21:07:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(20,1,2,'Centro de Derechos Humanos Fray Matías de Córdova','centro de derechos humanos fray matias de cordova','Tapachula','Chiapas','México','','','José Dubois','Coordinadora','firmante013@org013.example.org',1,'pending','2026-12-07 21:07:52.000000','2026-12-07 21:07:52.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(21,1,3,'Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo','iniciativa ciudadana para la promocion de la cultura del dialogo','Ciudad de México','','México','','','Łukasz Иванова','Policy Officer','firmante014@org014.example.org',1,'verified','2026-12-07 21:08:36.000000','2026-12-07 21:09:20.000000','2026-12-07 21:09:20.000000','2026-12-07 21:09:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(22,1,3,'L''Association des Amis des Migrants','lassociation des amis des migrants','Montréal','QC','Canada','https://org015.example.org','','Zoë García','Президент','firmante015@org015.example.org',1,'verified','2026-12-07 21:09:52.000000','2026-12-07 21:10:36.000000','2026-12-07 21:10:36.000000','2026-12-07 21:10:36.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(23,1,2,'Red por los Derechos Humanos','red por los derechos humanos','Tijuana','Baja California','México','','','María José Müller','Director','firmante016@org016.example.org',1,'verified','2026-12-07 21:11:08.000000','2026-12-07 21:11:52.000000','2026-12-07 21:11:52.000000','2026-12-07 21:11:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(24,1,3,'Centro for Migrant Justice','centro for migrant justice','San Pedro Sula','Cortés','Honduras','','','Émile Peña','Coordinadora','firmante017@org017.example.org',1,'verified','2026-12-07 21:12:24.000000','2026-12-07 21:13:08.000000','2026-12-07 21:13:08.000000','2026-12-07 21:13:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(25,1,1,'Coalición de Apoyo al Migrante','coalicion de apoyo al migrante','Tapachula','Chiapas','México','https://org018.example.org','','Nuño Núñez','Policy Officer','firmante018@org018.example.org',1,'verified','2026-12-07 21:13:40.000000','2026-12-07 21:14:24.000000','2026-12-07 21:14:24.000000','2026-12-07 21:14:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(26,1,2,'Alliance for Refugee Rights','alliance for refugee rights','Genève','','Suisse','','','Айгуль Øster','Президент','firmante019@org019.example.org',1,'verified','2026-12-07 21:14:56.000000','2026-12-07 21:15:40.000000','2026-12-07 21:15:40.000000','2026-12-07 21:15:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(27,1,3,'Network Frontera Digna','network frontera digna','Tucson','AZ','United States','','','Fatima O''Brien','Director','firmante020@org020.example.org',1,'verified','2026-12-07 21:16:12.000000','2026-12-08 00:42:26.000000','2026-12-07 21:16:56.000000','2026-12-07 21:16:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,1,0,'mismatch','');
INSERT INTO "signature" VALUES(28,1,1,'Fundación for Border Solidarity','fundacion for border solidarity','Madrid','','España','https://org021.example.org','','Sakura 山田','Coordinadora','firmante021@org021.example.org',1,'verified','2026-12-07 21:17:28.000000','2026-12-07 21:18:12.000000','2026-12-07 21:18:12.000000','2026-12-07 21:18:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(29,1,2,'Comité Jesuita con Migrantes','comite jesuita con migrantes','Ciudad de Guatemala','','Guatemala','','Firmamos en solidaridad con CAME.','Renée Martínez','Policy Officer','firmante022@org022.example.org',1,'pending','2026-12-07 21:18:44.000000','2026-12-07 21:18:44.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(30,1,3,'Institute de Mujeres Migrantes','institute de mujeres migrantes','Ciudad Juárez','Chihuahua','México','','','Iñaki Haddad','Президент','firmante023@org023.example.org',1,'verified','2026-12-07 21:19:28.000000','2026-12-07 21:20:12.000000','2026-12-07 21:20:12.000000','2026-12-07 21:20:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(31,1,1,'Colectivo for Asylum Seekers','colectivo for asylum seekers','San Salvador','','El Salvador','https://org024.example.org','','Ana Dubois','Director','firmante024@org024.example.org',1,'verified','2026-12-07 21:20:44.000000','2026-12-07 21:21:28.000000','2026-12-07 21:21:28.000000','2026-12-07 21:21:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(32,1,3,'Asociación Niñez sin Fronteras','asociacion ninez sin fronteras','El Paso','TX','United States','','','José Иванова','Coordinadora','firmante025@org025.example.org',1,'verified','2026-12-07 21:22:00.000000','2026-12-07 21:22:44.000000','2026-12-07 21:22:44.000000','2026-12-07 21:22:44.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(33,1,3,'Council for Humane Borders','council for humane borders','Berlin','','Deutschland','','','Łukasz García','Policy Officer','firmante026@org026.example.org',1,'verified','2026-12-07 21:23:16.000000','2026-12-07 21:24:00.000000','2026-12-07 21:24:00.000000','2026-12-07 21:24:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(34,1,1,'Observatorio de Defensoras Comunitarias','observatorio de defensoras comunitarias','San Diego','CA','United States','https://org027.example.org','','Zoë Müller','Президент','firmante027@org027.example.org',1,'verified','2026-12-07 21:24:32.000000','2026-12-07 21:25:16.000000','2026-12-07 21:25:16.000000','2026-12-07 21:25:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(35,1,2,'Red for Migrant Justice','red for migrant justice','Tijuana','Baja California','México','','','María José Peña','Director','firmante028@org028.example.org',1,'verified','2026-12-07 21:25:48.000000','2026-12-07 21:26:32.000000','2026-12-07 21:26:32.000000','2026-12-07 21:26:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(36,1,3,'Centro de Apoyo al Migrante','centro de apoyo al migrante','San Pedro Sula','Cortés','Honduras','','','Émile Núñez','Coordinadora','firmante029@org029.example.org',1,'verified','2026-12-07 21:27:04.000000','2026-12-07 21:27:48.000000','2026-12-07 21:27:48.000000','2026-12-07 21:27:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(37,1,3,'Coalición for Refugee Rights','coalicion for refugee rights','Tapachula','Chiapas','México','https://org030.example.org','','Nuño Øster','Policy Officer','firmante030@org030.example.org',1,'verified','2026-12-07 21:28:20.000000','2026-12-07 21:29:04.000000','2026-12-07 21:29:04.000000','2026-12-07 21:29:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(38,1,2,'Alliance Frontera Digna','alliance frontera digna','Genève','','Suisse','','','Айгуль O''Brien','Президент','firmante031@org031.example.org',1,'rejected','2026-12-07 21:29:36.000000','2026-12-08 00:42:29.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(39,1,3,'Network for Border Solidarity','network for border solidarity','Tucson','AZ','United States','','','Fatima 山田','Director','firmante032@org032.example.org',1,'verified','2026-12-07 21:30:20.000000','2026-12-07 21:31:04.000000','2026-12-07 21:31:04.000000','2026-12-07 21:31:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(40,1,1,'Fundación Jesuita con Migrantes','fundacion jesuita con migrantes','Madrid','','España','https://org033.example.org','Firmamos en solidaridad con CAME.','Sakura Martínez','Coordinadora','firmante033@org033.example.org',1,'verified','2026-12-07 21:31:36.000000','2026-12-07 21:32:20.000000','2026-12-07 21:32:20.000000','2026-12-07 21:32:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(41,1,2,'Comité de Mujeres Migrantes','comite de mujeres migrantes','Ciudad de Guatemala','','Guatemala','','','Renée Haddad','Policy Officer','firmante034@org034.example.org',1,'verified','2026-12-07 21:32:52.000000','2026-12-07 21:33:36.000000','2026-12-07 21:33:36.000000','2026-12-07 21:33:36.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(42,1,3,'Institute for Asylum Seekers','institute for asylum seekers','Ciudad Juárez','Chihuahua','México','','','Iñaki Dubois','Президент','firmante035@org035.example.org',1,'verified','2026-12-07 21:34:08.000000','2026-12-07 21:34:52.000000','2026-12-07 21:34:52.000000','2026-12-07 21:34:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(43,1,1,'Colectivo Niñez sin Fronteras','colectivo ninez sin fronteras','San Salvador','','El Salvador','https://org036.example.org','','Ana Иванова','Director','firmante036@org036.example.org',1,'verified','2026-12-07 21:35:24.000000','2026-12-07 21:36:08.000000','2026-12-07 21:36:08.000000','2026-12-07 21:36:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(44,1,2,'Asociación for Humane Borders','asociacion for humane borders','El Paso','TX','United States','','','José García','Coordinadora','firmante037@org037.example.org',1,'verified','2026-12-07 21:36:40.000000','2026-12-07 21:37:24.000000','2026-12-07 21:37:24.000000','2026-12-07 21:37:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(45,1,3,'Council de Defensoras Comunitarias','council de defensoras comunitarias','Berlin','','Deutschland','','','Łukasz Müller','Policy Officer','firmante038@org038.example.org',1,'verified','2026-12-07 21:37:56.000000','2026-12-07 21:38:40.000000','2026-12-07 21:38:40.000000','2026-12-07 21:38:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(46,1,1,'Observatorio por los Derechos Humanos','observatorio por los derechos humanos','San Diego','CA','United States','https://org039.example.org','','Zoë Peña','Президент','firmante039@org039.example.org',1,'verified','2026-12-07 21:39:12.000000','2026-12-07 21:39:56.000000','2026-12-07 21:39:56.000000','2026-12-07 21:39:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(47,1,3,'Red de Apoyo al Migrante','red de apoyo al migrante','Tijuana','Baja California','México','','','María José Núñez','Director','firmante040@org040.example.org',1,'withdrawn','2026-12-07 21:40:28.000000','2026-12-08 01:01:38.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(48,1,3,'Centro for Refugee Rights (Sede Central)','centro for refugee rights sede central','San Pedro Sula','Cortés','Honduras','https://sede.example.org','Corregido.','Émile Øster','Coordinadora','firmante041@org041.example.org',1,'verified','2026-12-07 21:41:12.000000','2026-12-08 01:01:41.000000','2026-12-07 21:41:56.000000','2026-12-07 21:41:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(49,1,1,'Coalición Frontera Digna','coalicion frontera digna','Tapachula','Chiapas','México','https://org042.example.org','','Nuño O''Brien','Policy Officer','firmante042@org042.example.org',1,'verified','2026-12-07 21:42:28.000000','2026-12-07 21:43:12.000000','2026-12-07 21:43:12.000000','2026-12-07 21:43:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(50,1,2,'Alliance for Border Solidarity','alliance for border solidarity','Genève','','Suisse','','','Айгуль 山田','Президент','firmante043@org043.example.org',1,'verified','2026-12-07 21:43:44.000000','2026-12-07 21:44:28.000000','2026-12-07 21:44:28.000000','2026-12-07 21:44:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(51,1,3,'Network Jesuita con Migrantes','network jesuita con migrantes','Tucson','AZ','United States','','Firmamos en solidaridad con CAME.','Fatima Martínez','Director','firmante044@org044.example.org',1,'verified','2026-12-07 21:45:00.000000','2026-12-07 21:45:44.000000','2026-12-07 21:45:44.000000','2026-12-07 21:45:44.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(52,1,3,'Fundación de Mujeres Migrantes','fundacion de mujeres migrantes','Madrid','','España','https://org045.example.org','','Sakura Haddad','Coordinadora','firmante045@org045.example.org',1,'verified','2026-12-07 21:46:16.000000','2026-12-07 21:47:00.000000','2026-12-07 21:47:00.000000','2026-12-07 21:47:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(53,1,2,'Comité for Asylum Seekers','comite for asylum seekers','Ciudad de Guatemala','','Guatemala','','','Renée Dubois','Policy Officer','firmante046@org046.example.org',1,'verified','2026-12-07 21:47:32.000000','2026-12-07 21:48:16.000000','2026-12-07 21:48:16.000000','2026-12-07 21:48:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(54,1,3,'Institute Niñez sin Fronteras','institute ninez sin fronteras','Ciudad Juárez','Chihuahua','México','','','Iñaki Иванова','Президент','firmante047@org047.example.org',1,'verified','2026-12-07 21:48:48.000000','2026-12-07 21:49:32.000000','2026-12-07 21:49:32.000000','2026-12-07 21:49:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(55,1,1,'Colectivo for Humane Borders','colectivo for humane borders','San Salvador','','El Salvador','https://org048.example.org','','Ana García','Director','firmante048@org048.example.org',1,'verified','2026-12-07 21:50:04.000000','2026-12-07 21:50:48.000000','2026-12-07 21:50:48.000000','2026-12-07 21:50:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(56,1,2,'Asociación de Defensoras Comunitarias','asociacion de defensoras comunitarias','El Paso','TX','United States','','','José Müller','Coordinadora','firmante049@org049.example.org',1,'pending','2026-12-07 21:51:20.000000','2026-12-07 21:51:20.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(57,1,3,'Council por los Derechos Humanos','council por los derechos humanos','Berlin','','Deutschland','','','Łukasz Peña','Policy Officer','firmante050@org050.example.org',1,'verified','2026-12-07 21:52:04.000000','2026-12-07 21:52:48.000000','2026-12-07 21:52:48.000000','2026-12-07 21:52:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(58,1,1,'Observatorio for Migrant Justice','observatorio for migrant justice','San Diego','CA','United States','https://org051.example.org','','Zoë Núñez','Президент','firmante051@org051.example.org',1,'verified','2026-12-07 21:53:20.000000','2026-12-07 21:54:04.000000','2026-12-07 21:54:04.000000','2026-12-07 21:54:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(59,1,2,'Red for Refugee Rights','red for refugee rights','Tijuana','Baja California','México','','','María José Øster','Director','firmante052@org052.example.org',1,'verified','2026-12-07 21:54:36.000000','2026-12-07 21:55:20.000000','2026-12-07 21:55:20.000000','2026-12-07 21:55:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(60,1,3,'Centro Frontera Digna','centro frontera digna','San Pedro Sula','Cortés','Honduras','','','Émile O''Brien','Coordinadora','firmante053@org053.example.org',1,'verified','2026-12-07 21:55:52.000000','2026-12-07 21:56:36.000000','2026-12-07 21:56:36.000000','2026-12-07 21:56:36.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(61,1,1,'Coalición for Border Solidarity','coalicion for border solidarity','Tapachula','Chiapas','México','https://org054.example.org','','Nuño 山田','Policy Officer','firmante054@org054.example.org',1,'verified','2026-12-07 21:57:08.000000','2026-12-07 21:57:52.000000','2026-12-07 21:57:52.000000','2026-12-07 21:57:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(62,1,3,'Alliance Jesuita con Migrantes','alliance jesuita con migrantes','Genève','','Suisse','','Firmamos en solidaridad con CAME.','Айгуль Martínez','Президент','firmante055@org055.example.org',1,'verified','2026-12-07 21:58:24.000000','2026-12-07 21:59:08.000000','2026-12-07 21:59:08.000000','2026-12-07 21:59:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(63,1,3,'Network de Mujeres Migrantes','network de mujeres migrantes','Tucson','AZ','United States','','','Fatima Haddad','Director','firmante056@org056.example.org',1,'verified','2026-12-07 21:59:40.000000','2026-12-07 22:00:24.000000','2026-12-07 22:00:24.000000','2026-12-07 22:00:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(64,1,1,'Fundación for Asylum Seekers','fundacion for asylum seekers','Madrid','','España','https://org057.example.org','','Sakura Dubois','Coordinadora','firmante057@org057.example.org',1,'verified','2026-12-07 22:00:56.000000','2026-12-07 22:01:40.000000','2026-12-07 22:01:40.000000','2026-12-07 22:01:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(65,1,2,'Comité Niñez sin Fronteras','comite ninez sin fronteras','Ciudad de Guatemala','','Guatemala','','','Renée Иванова','Policy Officer','firmante058@org058.example.org',1,'pending','2026-12-07 22:02:12.000000','2026-12-07 22:02:12.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(66,1,3,'Institute for Humane Borders','institute for humane borders','Ciudad Juárez','Chihuahua','México','','','Iñaki García','Президент','firmante059@org059.example.org',1,'verified','2026-12-07 22:02:56.000000','2026-12-07 22:03:40.000000','2026-12-07 22:03:40.000000','2026-12-07 22:03:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(67,1,3,'Colectivo de Defensoras Comunitarias','colectivo de defensoras comunitarias','San Salvador','','El Salvador','https://org060.example.org','','Ana Müller','Director','firmante060@org060.example.org',1,'verified','2026-12-07 22:04:12.000000','2026-12-07 22:04:56.000000','2026-12-07 22:04:56.000000','2026-12-07 22:04:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(68,1,2,'Asociación por los Derechos Humanos','asociacion por los derechos humanos','El Paso','TX','United States','','','José Peña','Coordinadora','firmante061@org061.example.org',1,'verified','2026-12-07 22:05:28.000000','2026-12-07 22:06:12.000000','2026-12-07 22:06:12.000000','2026-12-07 22:06:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(69,1,3,'Council for Migrant Justice','council for migrant justice','Berlin','','Deutschland','','','Łukasz Núñez','Policy Officer','firmante062@org062.example.org',1,'verified','2026-12-07 22:06:44.000000','2026-12-07 22:07:28.000000','2026-12-07 22:07:28.000000','2026-12-07 22:07:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(70,1,1,'Observatorio de Apoyo al Migrante','observatorio de apoyo al migrante','San Diego','CA','United States','https://org063.example.org','','Zoë Øster','Президент','firmante063@org063.example.org',1,'verified','2026-12-07 22:08:00.000000','2026-12-07 22:08:44.000000','2026-12-07 22:08:44.000000','2026-12-07 22:08:44.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(71,1,2,'Red Frontera Digna','red frontera digna','Tijuana','Baja California','México','','','María José O''Brien','Director','firmante064@org064.example.org',1,'verified','2026-12-07 22:09:16.000000','2026-12-07 22:10:00.000000','2026-12-07 22:10:00.000000','2026-12-07 22:10:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(72,1,3,'Centro for Border Solidarity','centro for border solidarity','San Pedro Sula','Cortés','Honduras','','','Émile 山田','Coordinadora','firmante065@org065.example.org',1,'verified','2026-12-07 22:10:32.000000','2026-12-07 22:11:16.000000','2026-12-07 22:11:16.000000','2026-12-07 22:11:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(73,1,1,'Coalición Jesuita con Migrantes','coalicion jesuita con migrantes','Tapachula','Chiapas','México','https://org066.example.org','Firmamos en solidaridad con CAME.','Nuño Martínez','Policy Officer','firmante066@org066.example.org',1,'verified','2026-12-07 22:11:48.000000','2026-12-07 22:12:32.000000','2026-12-07 22:12:32.000000','2026-12-07 22:12:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(74,1,2,'Alliance de Mujeres Migrantes','alliance de mujeres migrantes','Genève','','Suisse','','','Айгуль Haddad','Президент','firmante067@org067.example.org',1,'pending','2026-12-07 22:13:04.000000','2026-12-07 22:13:04.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(75,1,3,'Network for Asylum Seekers','network for asylum seekers','Tucson','AZ','United States','','','Fatima Dubois','Director','firmante068@org068.example.org',1,'verified','2026-12-07 22:13:48.000000','2026-12-07 22:14:32.000000','2026-12-07 22:14:32.000000','2026-12-07 22:14:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(76,1,1,'Fundación Niñez sin Fronteras','fundacion ninez sin fronteras','Madrid','','España','https://org069.example.org','','Sakura Иванова','Coordinadora','firmante069@org069.example.org',1,'verified','2026-12-07 22:15:04.000000','2026-12-07 22:15:48.000000','2026-12-07 22:15:48.000000','2026-12-07 22:15:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(77,1,3,'Comité for Humane Borders','comite for humane borders','Ciudad de Guatemala','','Guatemala','','','Renée García','Policy Officer','firmante070@org070.example.org',1,'verified','2026-12-07 22:16:20.000000','2026-12-07 22:17:04.000000','2026-12-07 22:17:04.000000','2026-12-07 22:17:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(78,1,3,'Institute de Defensoras Comunitarias','institute de defensoras comunitarias','Ciudad Juárez','Chihuahua','México','','','Iñaki Müller','Президент','firmante071@org071.example.org',1,'verified','2026-12-07 22:17:36.000000','2026-12-07 22:18:20.000000','2026-12-07 22:18:20.000000','2026-12-07 22:18:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(79,1,1,'Colectivo por los Derechos Humanos','colectivo por los derechos humanos','San Salvador','','El Salvador','https://org072.example.org','','Ana Peña','Director','firmante072@org072.example.org',1,'verified','2026-12-07 22:18:52.000000','2026-12-07 22:19:36.000000','2026-12-07 22:19:36.000000','2026-12-07 22:19:36.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(80,1,2,'Asociación for Migrant Justice','asociacion for migrant justice','El Paso','TX','United States','','','José Núñez','Coordinadora','firmante073@org073.example.org',1,'verified','2026-12-07 22:20:08.000000','2026-12-07 22:20:52.000000','2026-12-07 22:20:52.000000','2026-12-07 22:20:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(81,1,3,'Council de Apoyo al Migrante','council de apoyo al migrante','Berlin','','Deutschland','','','Łukasz Øster','Policy Officer','firmante074@org074.example.org',1,'verified','2026-12-07 22:21:24.000000','2026-12-07 22:22:08.000000','2026-12-07 22:22:08.000000','2026-12-07 22:22:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(82,1,3,'Observatorio for Refugee Rights','observatorio for refugee rights','San Diego','CA','United States','https://org075.example.org','','Zoë O''Brien','Президент','firmante075@org075.example.org',1,'verified','2026-12-07 22:22:40.000000','2026-12-07 22:23:24.000000','2026-12-07 22:23:24.000000','2026-12-07 22:23:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(83,1,2,'Red for Border Solidarity','red for border solidarity','Tijuana','Baja California','México','','','María José 山田','Director','firmante076@org076.example.org',1,'pending','2026-12-07 22:23:56.000000','2026-12-07 22:23:56.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(84,1,3,'Centro Jesuita con Migrantes','centro jesuita con migrantes','San Pedro Sula','Cortés','Honduras','','Firmamos en solidaridad con CAME.','Émile Martínez','Coordinadora','firmante077@org077.example.org',1,'verified','2026-12-07 22:24:40.000000','2026-12-07 22:25:24.000000','2026-12-07 22:25:24.000000','2026-12-07 22:25:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(85,1,1,'Coalición de Mujeres Migrantes','coalicion de mujeres migrantes','Tapachula','Chiapas','México','https://org078.example.org','','Nuño Haddad','Policy Officer','firmante078@org078.example.org',1,'verified','2026-12-07 22:25:56.000000','2026-12-07 22:26:40.000000','2026-12-07 22:26:40.000000','2026-12-07 22:26:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(86,1,2,'Alliance for Asylum Seekers','alliance for asylum seekers','Genève','','Suisse','','','Айгуль Dubois','Президент','firmante079@org079.example.org',1,'verified','2026-12-07 22:27:12.000000','2026-12-07 22:27:56.000000','2026-12-07 22:27:56.000000','2026-12-07 22:27:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(87,2,4,'Red de Mujeres Migrantes','red de mujeres migrantes','Tijuana','Baja California','México','','','María José Haddad','Director','firmante100@org100.example.org',1,'verified','2026-12-07 22:28:28.000000','2026-12-07 22:29:12.000000','2026-12-07 22:29:12.000000','2026-12-07 22:29:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(88,2,5,'Centro for Asylum Seekers','centro for asylum seekers','San Pedro Sula','Cortés','Honduras','','','Émile Dubois','Coordinadora','firmante101@org101.example.org',1,'pending','2026-12-07 22:29:44.000000','2026-12-07 22:29:44.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(89,2,6,'Coalición Niñez sin Fronteras','coalicion ninez sin fronteras','Tapachula','Chiapas','México','https://org102.example.org','','Nuño Иванова','Policy Officer','firmante102@org102.example.org',1,'verified','2026-12-07 22:30:28.000000','2026-12-07 22:31:12.000000','2026-12-07 22:31:12.000000','2026-12-07 22:31:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(90,2,4,'Alliance for Humane Borders','alliance for humane borders','Genève','','Suisse','','','Айгуль García','Президент','firmante103@org103.example.org',1,'verified','2026-12-07 22:31:44.000000','2026-12-07 22:32:28.000000','2026-12-07 22:32:28.000000','2026-12-07 22:32:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(91,2,5,'Network de Defensoras Comunitarias','network de defensoras comunitarias','Tucson','AZ','United States','','','Fatima Müller','Director','firmante104@org104.example.org',1,'verified','2026-12-07 22:33:00.000000','2026-12-07 22:33:44.000000','2026-12-07 22:33:44.000000','2026-12-07 22:33:44.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(92,2,6,'Fundación por los Derechos Humanos','fundacion por los derechos humanos','Madrid','','España','https://org105.example.org','','Sakura Peña','Coordinadora','firmante105@org105.example.org',1,'verified','2026-12-07 22:34:16.000000','2026-12-07 22:35:00.000000','2026-12-07 22:35:00.000000','2026-12-07 22:35:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(93,2,4,'Comité for Migrant Justice','comite for migrant justice','Ciudad de Guatemala','','Guatemala','','','Renée Núñez','Policy Officer','firmante106@org106.example.org',1,'verified','2026-12-07 22:35:32.000000','2026-12-07 22:36:16.000000','2026-12-07 22:36:16.000000','2026-12-07 22:36:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(94,2,5,'Institute de Apoyo al Migrante','institute de apoyo al migrante','Ciudad Juárez','Chihuahua','México','','','Iñaki Øster','Президент','firmante107@org107.example.org',1,'pending','2026-12-07 22:36:48.000000','2026-12-07 22:36:48.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(95,2,6,'Colectivo for Refugee Rights','colectivo for refugee rights','San Salvador','','El Salvador','https://org108.example.org','','Ana O''Brien','Director','firmante108@org108.example.org',1,'verified','2026-12-07 22:37:32.000000','2026-12-07 22:38:16.000000','2026-12-07 22:38:16.000000','2026-12-07 22:38:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(96,2,4,'Asociación Frontera Digna','asociacion frontera digna','El Paso','TX','United States','','','José 山田','Coordinadora','firmante109@org109.example.org',1,'verified','2026-12-07 22:38:48.000000','2026-12-07 22:39:32.000000','2026-12-07 22:39:32.000000','2026-12-07 22:39:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(97,2,5,'Council for Border Solidarity','council for border solidarity','Berlin','','Deutschland','','Firmamos en solidaridad con CAME.','Łukasz Martínez','Policy Officer','firmante110@org110.example.org',1,'verified','2026-12-07 22:40:04.000000','2026-12-07 22:40:48.000000','2026-12-07 22:40:48.000000','2026-12-07 22:40:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(98,2,6,'Observatorio Jesuita con Migrantes','observatorio jesuita con migrantes','San Diego','CA','United States','https://org111.example.org','','Zoë Haddad','Президент','firmante111@org111.example.org',1,'verified','2026-12-07 22:41:20.000000','2026-12-07 22:42:04.000000','2026-12-07 22:42:04.000000','2026-12-07 22:42:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(99,2,4,'Red for Asylum Seekers','red for asylum seekers','Tijuana','Baja California','México','','','María José Dubois','Director','firmante112@org112.example.org',1,'verified','2026-12-07 22:42:36.000000','2026-12-07 22:43:20.000000','2026-12-07 22:43:20.000000','2026-12-07 22:43:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(100,2,5,'Centro Niñez sin Fronteras','centro ninez sin fronteras','San Pedro Sula','Cortés','Honduras','','','Émile Иванова','Coordinadora','firmante113@org113.example.org',1,'pending','2026-12-07 22:43:52.000000','2026-12-07 22:43:52.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(101,2,6,'Coalición for Humane Borders','coalicion for humane borders','Tapachula','Chiapas','México','https://org114.example.org','','Nuño García','Policy Officer','firmante114@org114.example.org',1,'verified','2026-12-07 22:44:36.000000','2026-12-07 22:45:20.000000','2026-12-07 22:45:20.000000','2026-12-07 22:45:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(102,2,4,'Alliance de Defensoras Comunitarias','alliance de defensoras comunitarias','Genève','','Suisse','','','Айгуль Müller','Президент','firmante115@org115.example.org',1,'verified','2026-12-07 22:45:52.000000','2026-12-07 22:46:36.000000','2026-12-07 22:46:36.000000','2026-12-07 22:46:36.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(103,2,5,'Network por los Derechos Humanos','network por los derechos humanos','Tucson','AZ','United States','','','Fatima Peña','Director','firmante116@org116.example.org',1,'verified','2026-12-07 22:47:08.000000','2026-12-07 22:47:52.000000','2026-12-07 22:47:52.000000','2026-12-07 22:47:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(104,2,6,'Fundación for Migrant Justice','fundacion for migrant justice','Madrid','','España','https://org117.example.org','','Sakura Núñez','Coordinadora','firmante117@org117.example.org',1,'verified','2026-12-07 22:48:24.000000','2026-12-07 22:49:08.000000','2026-12-07 22:49:08.000000','2026-12-07 22:49:08.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(105,2,4,'Comité de Apoyo al Migrante','comite de apoyo al migrante','Ciudad de Guatemala','','Guatemala','','','Renée Øster','Policy Officer','firmante118@org118.example.org',1,'verified','2026-12-07 22:49:40.000000','2026-12-07 22:50:24.000000','2026-12-07 22:50:24.000000','2026-12-07 22:50:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(106,2,5,'Institute for Refugee Rights','institute for refugee rights','Ciudad Juárez','Chihuahua','México','','','Iñaki O''Brien','Президент','firmante119@org119.example.org',1,'pending','2026-12-07 22:50:56.000000','2026-12-07 22:50:56.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(107,2,6,'Colectivo Frontera Digna','colectivo frontera digna','San Salvador','','El Salvador','https://org120.example.org','','Ana 山田','Director','firmante120@org120.example.org',1,'verified','2026-12-07 22:51:40.000000','2026-12-07 22:52:24.000000','2026-12-07 22:52:24.000000','2026-12-07 22:52:24.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(108,2,4,'Asociación for Border Solidarity','asociacion for border solidarity','El Paso','TX','United States','','Firmamos en solidaridad con CAME.','José Martínez','Coordinadora','firmante121@org121.example.org',1,'verified','2026-12-07 22:52:56.000000','2026-12-07 22:53:40.000000','2026-12-07 22:53:40.000000','2026-12-07 22:53:40.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(109,2,5,'Council Jesuita con Migrantes','council jesuita con migrantes','Berlin','','Deutschland','','','Łukasz Haddad','Policy Officer','firmante122@org122.example.org',1,'verified','2026-12-07 22:54:12.000000','2026-12-07 22:54:56.000000','2026-12-07 22:54:56.000000','2026-12-07 22:54:56.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(110,2,6,'Observatorio de Mujeres Migrantes','observatorio de mujeres migrantes','San Diego','CA','United States','https://org123.example.org','','Zoë Dubois','Президент','firmante123@org123.example.org',1,'verified','2026-12-07 22:55:28.000000','2026-12-07 22:56:12.000000','2026-12-07 22:56:12.000000','2026-12-07 22:56:12.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(111,2,4,'Red Niñez sin Fronteras','red ninez sin fronteras','Tijuana','Baja California','México','','','María José Иванова','Director','firmante124@org124.example.org',1,'verified','2026-12-07 22:56:44.000000','2026-12-07 22:57:28.000000','2026-12-07 22:57:28.000000','2026-12-07 22:57:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(112,2,5,'Centro for Humane Borders','centro for humane borders','San Pedro Sula','Cortés','Honduras','','','Émile García','Coordinadora','firmante125@org125.example.org',1,'pending','2026-12-07 22:58:00.000000','2026-12-07 22:58:00.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(113,2,6,'Coalición de Defensoras Comunitarias','coalicion de defensoras comunitarias','Tapachula','Chiapas','México','https://org126.example.org','','Nuño Müller','Policy Officer','firmante126@org126.example.org',1,'verified','2026-12-07 22:58:44.000000','2026-12-07 22:59:28.000000','2026-12-07 22:59:28.000000','2026-12-07 22:59:28.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(114,2,4,'Alliance por los Derechos Humanos','alliance por los derechos humanos','Genève','','Suisse','','','Айгуль Peña','Президент','firmante127@org127.example.org',1,'verified','2026-12-07 23:00:00.000000','2026-12-07 23:00:44.000000','2026-12-07 23:00:44.000000','2026-12-07 23:00:44.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(115,2,5,'Network for Migrant Justice','network for migrant justice','Tucson','AZ','United States','','','Fatima Núñez','Director','firmante128@org128.example.org',1,'verified','2026-12-07 23:01:16.000000','2026-12-07 23:02:00.000000','2026-12-07 23:02:00.000000','2026-12-07 23:02:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(116,2,6,'Fundación de Apoyo al Migrante','fundacion de apoyo al migrante','Madrid','','España','https://org129.example.org','','Sakura Øster','Coordinadora','firmante129@org129.example.org',1,'verified','2026-12-07 23:02:32.000000','2026-12-07 23:03:16.000000','2026-12-07 23:03:16.000000','2026-12-07 23:03:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(117,1,2,'Casa del Migrante Saltillo','casa del migrante saltillo','Saltillo','Coahuila','México','','','Alberto Xicoténcatl','Director','rebote@casasaltillo.example.org',1,'pending','2026-12-07 23:03:48.000000','2026-12-07 23:03:48.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(118,1,3,'Network Niñez sin Fronteras','network ninez sin fronteras','Tucson','AZ','United States','','','Fatima Иванова','Director','firmante080@org080.example.org',1,'verified','2026-12-08 00:06:08.000000','2026-12-08 00:06:52.000000','2026-12-08 00:06:52.000000','2026-12-08 00:06:52.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(119,1,1,'Fundación for Humane Borders','fundacion for humane borders','Madrid','','España','https://org081.example.org','','Sakura García','Coordinadora','firmante081@org081.example.org',1,'pending','2026-12-08 00:07:24.000000','2026-12-08 00:07:24.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(120,1,2,'Comité de Defensoras Comunitarias','comite de defensoras comunitarias','Ciudad de Guatemala','','Guatemala','','','Renée Müller','Policy Officer','firmante082@org082.example.org',1,'pending','2026-12-08 00:08:08.000000','2026-12-08 00:08:08.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(121,1,3,'Institute por los Derechos Humanos','institute por los derechos humanos','Ciudad Juárez','Chihuahua','México','','','Iñaki Peña','Президент','firmante083@org083.example.org',1,'pending','2026-12-08 00:08:52.000000','2026-12-08 00:08:52.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(122,1,1,'Colectivo for Migrant Justice','colectivo for migrant justice','San Salvador','','El Salvador','https://org084.example.org','','Ana Núñez','Director','firmante084@org084.example.org',1,'verified','2026-12-08 00:09:36.000000','2026-12-08 00:10:20.000000','2026-12-08 00:10:20.000000','2026-12-08 00:10:20.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(123,1,2,'Asociación de Apoyo al Migrante','asociacion de apoyo al migrante','El Paso','TX','United States','','','José Øster','Coordinadora','firmante085@org085.example.org',1,'pending','2026-12-08 00:10:52.000000','2026-12-08 00:10:52.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(124,1,3,'Council for Refugee Rights','council for refugee rights','Berlin','','Deutschland','','','Łukasz O''Brien','Policy Officer','firmante086@org086.example.org',1,'pending','2026-12-08 00:11:36.000000','2026-12-08 00:11:36.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(125,1,1,'Observatorio Frontera Digna','observatorio frontera digna','San Diego','CA','United States','https://org087.example.org','','Zoë 山田','Президент','firmante087@org087.example.org',1,'pending','2026-12-08 00:12:20.000000','2026-12-08 00:12:20.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(126,1,2,'Red Jesuita con Migrantes','red jesuita con migrantes','Tijuana','Baja California','México','','Firmamos en solidaridad con CAME.','María José Martínez','Director','firmante088@org088.example.org',1,'verified','2026-12-08 00:13:04.000000','2026-12-08 00:13:48.000000','2026-12-08 00:13:48.000000','2026-12-08 00:13:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(127,1,3,'Centro de Mujeres Migrantes','centro de mujeres migrantes','San Pedro Sula','Cortés','Honduras','','','Émile Haddad','Coordinadora','firmante089@org089.example.org',1,'pending','2026-12-08 00:14:20.000000','2026-12-08 00:14:20.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(128,1,1,'Coalición for Asylum Seekers','coalicion for asylum seekers','Tapachula','Chiapas','México','https://org090.example.org','','Nuño Dubois','Policy Officer','firmante090@org090.example.org',1,'pending','2026-12-08 00:15:04.000000','2026-12-08 00:15:04.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(129,1,2,'Alliance Niñez sin Fronteras','alliance ninez sin fronteras','Genève','','Suisse','','','Айгуль Иванова','Президент','firmante091@org091.example.org',1,'pending','2026-12-08 00:15:48.000000','2026-12-08 00:15:48.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(130,1,3,'Network for Humane Borders','network for humane borders','Tucson','AZ','United States','','','Fatima García','Director','firmante092@org092.example.org',1,'verified','2026-12-08 00:16:32.000000','2026-12-08 00:17:16.000000','2026-12-08 00:17:16.000000','2026-12-08 00:17:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(131,1,1,'Fundación de Defensoras Comunitarias','fundacion de defensoras comunitarias','Madrid','','España','https://org093.example.org','','Sakura Müller','Coordinadora','firmante093@org093.example.org',1,'pending','2026-12-08 00:17:48.000000','2026-12-08 00:17:48.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(132,1,2,'Comité por los Derechos Humanos','comite por los derechos humanos','Ciudad de Guatemala','','Guatemala','','','Renée Peña','Policy Officer','firmante094@org094.example.org',1,'pending','2026-12-08 00:18:32.000000','2026-12-08 00:18:32.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(133,2,5,'Comité for Refugee Rights','comite for refugee rights','Ciudad de Guatemala','','Guatemala','','','Renée O''Brien','Policy Officer','firmante130@org130.example.org',1,'verified','2026-12-08 00:19:16.000000','2026-12-08 00:20:00.000000','2026-12-08 00:20:00.000000','2026-12-08 00:20:00.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(134,2,6,'Institute Frontera Digna','institute frontera digna','Ciudad Juárez','Chihuahua','México','','','Iñaki 山田','Президент','firmante131@org131.example.org',1,'verified','2026-12-08 00:20:32.000000','2026-12-08 00:21:16.000000','2026-12-08 00:21:16.000000','2026-12-08 00:21:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(135,2,4,'Colectivo for Border Solidarity','colectivo for border solidarity','San Salvador','','El Salvador','https://org132.example.org','Firmamos en solidaridad con CAME.','Ana Martínez','Director','firmante132@org132.example.org',1,'pending','2026-12-08 00:21:48.000000','2026-12-08 00:21:48.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(136,2,5,'Asociación Jesuita con Migrantes','asociacion jesuita con migrantes','El Paso','TX','United States','','','José Haddad','Coordinadora','firmante133@org133.example.org',1,'verified','2026-12-08 00:22:32.000000','2026-12-08 00:23:16.000000','2026-12-08 00:23:16.000000','2026-12-08 00:23:16.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(137,2,6,'Council de Mujeres Migrantes','council de mujeres migrantes','Berlin','','Deutschland','','','Łukasz Dubois','Policy Officer','firmante134@org134.example.org',1,'verified','2026-12-08 00:23:48.000000','2026-12-08 00:24:32.000000','2026-12-08 00:24:32.000000','2026-12-08 00:24:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(138,2,4,'Observatorio for Asylum Seekers','observatorio for asylum seekers','San Diego','CA','United States','https://org135.example.org','','Zoë Иванова','Президент','firmante135@org135.example.org',1,'pending','2026-12-08 00:25:04.000000','2026-12-08 00:25:04.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(139,2,5,'Red for Humane Borders','red for humane borders','Tijuana','Baja California','México','','','María José García','Director','firmante136@org136.example.org',1,'verified','2026-12-08 00:25:48.000000','2026-12-08 00:26:32.000000','2026-12-08 00:26:32.000000','2026-12-08 00:26:32.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(140,2,6,'Centro de Defensoras Comunitarias','centro de defensoras comunitarias','San Pedro Sula','Cortés','Honduras','','','Émile Müller','Coordinadora','firmante137@org137.example.org',1,'verified','2026-12-08 00:27:04.000000','2026-12-08 00:27:48.000000','2026-12-08 00:27:48.000000','2026-12-08 00:27:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(141,2,4,'Coalición por los Derechos Humanos','coalicion por los derechos humanos','Tapachula','Chiapas','México','https://org138.example.org','','Nuño Peña','Policy Officer','firmante138@org138.example.org',1,'pending','2026-12-08 00:28:20.000000','2026-12-08 00:28:20.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(142,2,5,'Alliance for Migrant Justice','alliance for migrant justice','Genève','','Suisse','','','Айгуль Núñez','Президент','firmante139@org139.example.org',1,'verified','2026-12-08 00:29:04.000000','2026-12-08 00:29:48.000000','2026-12-08 00:29:48.000000','2026-12-08 00:29:48.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(143,2,6,'Ärzte für Menschenrechte','arzte fur menschenrechte','Köln','NRW','Deutschland','','','Émile Müller','Coordinadora','firmante005@org005.example.org',1,'verified','2026-12-08 00:30:20.000000','2026-12-08 00:31:04.000000','2026-12-08 00:31:04.000000','2026-12-08 00:31:04.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(144,1,3,'Institute for Migrant Justice','institute for migrant justice','Ciudad Juárez','Chihuahua','México','','','Iñaki Núñez','Президент','firmante095@org095.example.org',1,'pending','2026-12-08 00:31:41.000000','2026-12-08 00:31:41.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(145,1,1,'Colectivo de Apoyo al Migrante','colectivo de apoyo al migrante','San Salvador','','El Salvador','https://org096.example.org','','Ana Øster','Director','firmante096@org096.example.org',1,'pending','2026-12-08 00:32:25.000000','2026-12-08 00:32:25.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(146,1,2,'Asociación for Refugee Rights','asociacion for refugee rights','El Paso','TX','United States','','','José O''Brien','Coordinadora','firmante097@org097.example.org',1,'pending','2026-12-08 00:33:09.000000','2026-12-08 00:33:09.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(147,1,3,'Council Frontera Digna','council frontera digna','Berlin','','Deutschland','','','Łukasz 山田','Policy Officer','firmante098@org098.example.org',1,'pending','2026-12-08 00:33:53.000000','2026-12-08 00:33:53.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(148,1,1,'Observatorio for Border Solidarity','observatorio for border solidarity','San Diego','CA','United States','https://org099.example.org','Firmamos en solidaridad con CAME.','Zoë Martínez','Президент','firmante099@org099.example.org',1,'pending','2026-12-08 00:34:37.000000','2026-12-08 00:34:37.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(149,2,4,'Network de Apoyo al Migrante','network de apoyo al migrante','Tucson','AZ','United States','','','Fatima Øster','Director','firmante140@org140.example.org',1,'pending','2026-12-08 00:35:21.000000','2026-12-08 00:35:21.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(150,1,1,'Coalición for Migrant Justice','coalicion for migrant justice','Tapachula','','México','https://org150.example.org','','Nuño Núñez','Policy Officer','firmante150@org150.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(151,1,2,'Alliance de Apoyo al Migrante','alliance de apoyo al migrante','Genève','','Suisse','','','Айгуль Øster','Президент','firmante151@org151.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(152,1,3,'Network for Refugee Rights','network for refugee rights','Tucson','','United States','','','Fatima O''Brien','Director','firmante152@org152.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(153,1,1,'Fundación Frontera Digna','fundacion frontera digna','Madrid','','España','https://org153.example.org','','Sakura 山田','Coordinadora','firmante153@org153.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(154,1,2,'Comité for Border Solidarity','comite for border solidarity','Ciudad de Guatemala','','Guatemala','','','Renée Martínez','Policy Officer','firmante154@org154.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(155,1,3,'Institute Jesuita con Migrantes','institute jesuita con migrantes','Ciudad Juárez','','México','','','Iñaki Haddad','Президент','firmante155@org155.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(156,1,1,'Colectivo de Mujeres Migrantes','colectivo de mujeres migrantes','San Salvador','','El Salvador','https://org156.example.org','','Ana Dubois','Director','firmante156@org156.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(157,1,2,'Asociación for Asylum Seekers','asociacion for asylum seekers','El Paso','','United States','','','José Иванова','Coordinadora','firmante157@org157.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(158,1,3,'Council Niñez sin Fronteras','council ninez sin fronteras','Berlin','','Deutschland','','','Łukasz García','Policy Officer','firmante158@org158.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(159,1,1,'Observatorio for Humane Borders','observatorio for humane borders','San Diego','','United States','https://org159.example.org','','Zoë Müller','Президент','firmante159@org159.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(160,1,2,'Red por los Derechos Humanos Tijuana','red por los derechos humanos tijuana','Tijuana','','México','','','María José Peña','Director','firmante160@org160.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(161,1,3,'Centro for Migrant Justice San Pedro Sula','centro for migrant justice san pedro sula','San Pedro Sula','','Honduras','','','Émile Núñez','Coordinadora','firmante161@org161.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(162,1,1,'Coalición de Apoyo al Migrante Tapachula','coalicion de apoyo al migrante tapachula','Tapachula','','México','https://org162.example.org','','Nuño Øster','Policy Officer','firmante162@org162.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(163,1,2,'Alliance for Refugee Rights Genève','alliance for refugee rights geneve','Genève','','Suisse','','','Айгуль O''Brien','Президент','firmante163@org163.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(164,1,3,'Network Frontera Digna Tucson','network frontera digna tucson','Tucson','','United States','','','Fatima 山田','Director','firmante164@org164.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(165,1,1,'Fundación for Border Solidarity Madrid','fundacion for border solidarity madrid','Madrid','','España','https://org165.example.org','','Sakura Martínez','Coordinadora','firmante165@org165.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(166,1,2,'Comité Jesuita con Migrantes Ciudad de Guatemala','comite jesuita con migrantes ciudad de guatemala','Ciudad de Guatemala','','Guatemala','','','Renée Haddad','Policy Officer','firmante166@org166.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(167,1,3,'Institute de Mujeres Migrantes Ciudad Juárez','institute de mujeres migrantes ciudad juarez','Ciudad Juárez','','México','','','Iñaki Dubois','Президент','firmante167@org167.example.org',1,'verified','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','2026-12-08 00:36:08.000000','','csv import','',0,0,0,'','');
INSERT INTO "signature" VALUES(168,4,9,'Council for Humane Borders Berlin','council for humane borders berlin','Berlin','','Deutschland','','','Łukasz Müller','Policy Officer','firmante170@org170.example.org',1,'verified','2026-12-08 00:36:13.000000','2026-12-08 00:36:57.000000','2026-12-08 00:36:57.000000','2026-12-08 00:36:57.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(169,4,10,'Observatorio de Defensoras Comunitarias San Diego','observatorio de defensoras comunitarias san diego','San Diego','CA','United States','https://org171.example.org','','Zoë Peña','Президент','firmante171@org171.example.org',1,'verified','2026-12-08 00:37:29.000000','2026-12-08 00:38:13.000000','2026-12-08 00:38:13.000000','2026-12-08 00:38:13.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(170,4,11,'Red for Migrant Justice Tijuana','red for migrant justice tijuana','Tijuana','Baja California','México','','','María José Núñez','Director','firmante172@org172.example.org',1,'verified','2026-12-08 00:38:45.000000','2026-12-08 00:39:29.000000','2026-12-08 00:39:29.000000','2026-12-08 00:39:29.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(171,4,9,'Centro de Apoyo al Migrante San Pedro Sula','centro de apoyo al migrante san pedro sula','San Pedro Sula','Cortés','Honduras','','','Émile Øster','Coordinadora','firmante173@org173.example.org',1,'verified','2026-12-08 00:40:01.000000','2026-12-08 00:40:45.000000','2026-12-08 00:40:45.000000','2026-12-08 00:40:45.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(172,4,10,'Coalición for Refugee Rights Tapachula','coalicion for refugee rights tapachula','Tapachula','Chiapas','México','https://org174.example.org','','Nuño O''Brien','Policy Officer','firmante174@org174.example.org',1,'pending','2026-12-08 00:41:17.000000','2026-12-08 00:41:17.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(173,2,4,'Colectivo Niñez sin Fronteras San Salvador','colectivo ninez sin fronteras san salvador','San Salvador','','El Salvador','https://org180.example.org','','Ana García','Director','firmante180@org180.example.org',1,'verified','2026-12-08 00:42:44.000000','2026-12-08 00:55:27.000000','2026-12-08 00:43:28.000000','2026-12-08 00:55:27.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(174,2,5,'Asociación for Humane Borders El Paso','asociacion for humane borders el paso','El Paso','TX','United States','','','José Müller','Coordinadora','firmante181@org181.example.org',1,'verified','2026-12-08 00:44:00.000000','2026-12-08 00:55:27.000000','2026-12-08 00:44:44.000000','2026-12-08 00:55:27.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(175,2,6,'Council de Defensoras Comunitarias Berlin','council de defensoras comunitarias berlin','Berlin','','Deutschland','','','Łukasz Peña','Policy Officer','firmante182@org182.example.org',1,'verified','2026-12-08 00:45:16.000000','2026-12-08 00:55:27.000000','2026-12-08 00:46:00.000000','2026-12-08 00:55:27.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(176,2,4,'Observatorio por los Derechos Humanos San Diego','observatorio por los derechos humanos san diego','San Diego','CA','United States','https://org183.example.org','','Zoë Núñez','Президент','firmante183@org183.example.org',1,'verified','2026-12-08 00:46:32.000000','2026-12-08 00:55:27.000000','2026-12-08 00:47:16.000000','2026-12-08 00:55:27.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(177,2,5,'Red de Apoyo al Migrante Tijuana','red de apoyo al migrante tijuana','Tijuana','Baja California','México','','','María José Øster','Director','firmante184@org184.example.org',1,'verified','2026-12-08 00:47:48.000000','2026-12-08 00:55:27.000000','2026-12-08 00:48:32.000000','2026-12-08 00:55:27.000000','127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(178,2,6,'Centro for Refugee Rights San Pedro Sula','centro for refugee rights san pedro sula','San Pedro Sula','Cortés','Honduras','','','Émile O''Brien','Coordinadora','firmante185@org185.example.org',1,'rejected','2026-12-08 00:49:04.000000','2026-12-08 00:55:30.000000','2026-12-08 00:49:48.000000',NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(179,2,4,'Coalición Frontera Digna Tapachula','coalicion frontera digna tapachula','Tapachula','Chiapas','México','https://org186.example.org','','Nuño 山田','Policy Officer','firmante186@org186.example.org',1,'pending','2026-12-08 00:50:20.000000','2026-12-08 00:51:04.000000','2026-12-08 00:51:04.000000',NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(180,2,5,'Alliance for Border Solidarity Genève','alliance for border solidarity geneve','Genève','','Suisse','','Firmamos en solidaridad con CAME.','Айгуль Martínez','Президент','firmante187@org187.example.org',1,'pending','2026-12-08 00:51:36.000000','2026-12-08 00:52:20.000000','2026-12-08 00:52:20.000000',NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(181,2,6,'Network Jesuita con Migrantes Tucson','network jesuita con migrantes tucson','Tucson','AZ','United States','','','Fatima Haddad','Director','firmante188@org188.example.org',1,'pending','2026-12-08 00:52:52.000000','2026-12-08 00:53:36.000000','2026-12-08 00:53:36.000000',NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
INSERT INTO "signature" VALUES(182,2,4,'Fundación de Mujeres Migrantes Madrid','fundacion de mujeres migrantes madrid','Madrid','','España','https://org189.example.org','','Sakura Dubois','Coordinadora','firmante189@org189.example.org',1,'pending','2026-12-08 00:54:08.000000','2026-12-08 00:54:52.000000','2026-12-08 00:54:52.000000',NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(183,1,1,'Renée Иванова, Comité for Asylum Seekers Ciudad de Guatemala','renee иванова comite for asylum seekers ciudad de guatemala','Ciudad de Guatemala','','Guatemala','','','Renée Иванова','Policy Officer','firmante190@org190.example.org',1,'verified','2026-12-08 00:55:33.000000','2026-12-08 00:56:17.000000','2026-12-08 00:56:17.000000','2026-12-08 00:56:17.000000','127.0.0.1','Werkzeug/3.1.9','+52 55 5555 0100',1,0,0,'mismatch','');
INSERT INTO "signature" VALUES(184,1,2,'Iñaki García, Institute Niñez sin Fronteras Ciudad Juárez','inaki garcia institute ninez sin fronteras ciudad juarez','Ciudad Juárez','Chihuahua','México','','','Iñaki García','Президент','firmante191@org191.example.org',1,'verified','2026-12-08 00:56:49.000000','2026-12-08 00:57:33.000000','2026-12-08 00:57:33.000000','2026-12-08 00:57:33.000000','127.0.0.1','Werkzeug/3.1.9','+52 55 5555 0101',1,0,0,'mismatch','');
INSERT INTO "signature" VALUES(185,1,3,'Ana Müller, Colectivo for Humane Borders San Salvador','ana muller colectivo for humane borders san salvador','San Salvador','','El Salvador','https://org192.example.org','','Ana Müller','Director','firmante192@org192.example.org',1,'pending','2026-12-08 00:58:05.000000','2026-12-08 00:58:05.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','+52 55 5555 0102',1,0,0,'verified','');
INSERT INTO "signature" VALUES(186,1,1,'José Peña, Asociación de Defensoras Comunitarias El Paso','jose pena asociacion de defensoras comunitarias el paso','El Paso','TX','United States','','','José Peña','Coordinadora','firmante193@org193.example.org',1,'verified','2026-12-08 00:58:49.000000','2026-12-08 00:59:33.000000','2026-12-08 00:59:33.000000','2026-12-08 00:59:33.000000','127.0.0.1','Werkzeug/3.1.9','+52 55 5555 0103',1,0,0,'mismatch','');
INSERT INTO "signature" VALUES(187,1,2,'Łukasz Núñez, Council por los Derechos Humanos Berlin','łukasz nunez council por los derechos humanos berlin','Berlin','','Deutschland','','','Łukasz Núñez','Policy Officer','firmante194@org194.example.org',1,'verified','2026-12-08 01:00:05.000000','2026-12-08 01:00:49.000000','2026-12-08 01:00:49.000000','2026-12-08 01:00:49.000000','127.0.0.1','Werkzeug/3.1.9','+52 55 5555 0104',1,0,0,'mismatch','');
INSERT INTO "signature" VALUES(188,2,4,'Observatorio for Migrant Justice San Diego','observatorio for migrant justice san diego','San Diego','CA','United States','https://org195.example.org','','Zoë Øster','Президент','firmante195@org195.example.org',1,'withdrawn','2026-12-08 01:01:44.000000','2026-12-08 01:02:28.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'verified','');
INSERT INTO "signature" VALUES(189,1,2,'Red for Refugee Rights Tijuana','red for refugee rights tijuana','Tijuana','Baja California','México','','','María José O''Brien','Director','firmante196@org196.example.org',1,'pending','2026-12-08 01:02:31.000000','2026-12-08 01:02:31.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9','',0,0,0,'mismatch','');
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
	CONSTRAINT ck_statement_status CHECK (status IN ('draft', 'open', 'closed')), 
	CONSTRAINT ck_statement_paper_size CHECK (paper_size IN ('a4', 'letter')), 
	CONSTRAINT uq_statement_slug UNIQUE (slug), 
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

[^bg]: Account given by CAME staff to the coalition, 24 June 2019.','','Signed,','2026-12-07 20:51:36.000000','2026-12-08 00:42:20.000000','a4',NULL,'',NULL,'optional','optional','optional',1,NULL,NULL,12,NULL);
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

[^a]: Amnistía Internacional, Acción Urgente 93/19, AMR 41/0626/2019.','Señor Presidente, Señora Embajadora:','Atentamente,','2026-12-07 20:51:41.000000','2026-12-08 00:42:38.000000','a4',NULL,'',NULL,'optional','hidden','optional',0,NULL,NULL,12,NULL);
INSERT INTO "statement" VALUES(3,'carta-borrador-albergues','draft',1,'es',NULL,'2031-01-01 05:59:00.000000','America/Mexico_City',0,NULL,'Borrador: carta sobre la protección de los albergues','Las organizaciones firmantes pedimos que ningún agente entre en un albergue sin orden judicial.[^1]

[^1]: Texto de trabajo para la red de albergues.
','','','','2026-12-07 20:51:46.000000','2026-12-07 20:51:46.000000','a4',NULL,'','SoXnIlTZm-EPohFDl6u44DXo3Xg9p9gE','optional','hidden','optional',0,NULL,NULL,12,NULL);
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

[^bg]: Shelter Network, "Incident log of visits to shelters", internal report shared with the coalition, 2026.','Dear President and Secretary,','Respectfully,','2026-12-07 20:51:51.000000','2026-12-08 00:42:06.000000','a4','2026-12-08 00:42:06.000000','',NULL,'optional','hidden','optional',0,NULL,'2026-12-08 01:01:24.000000',12,NULL);
CREATE INDEX ix_audit_event_signature_id ON audit_event (signature_id);
CREATE INDEX ix_audit_event_statement_id ON audit_event (statement_id);
CREATE INDEX ix_outbox_message_due ON outbox_message (sent_at, failed_at, next_attempt_at);
CREATE INDEX ix_outbox_message_statement_id ON outbox_message (statement_id);
CREATE INDEX ix_addressee_statement_id ON addressee (statement_id);
CREATE INDEX ix_invitation_statement_id ON invitation (statement_id);
CREATE INDEX ix_membership_coordinator_id ON membership (coordinator_id);
CREATE INDEX ix_signature_statement_id_status ON signature (statement_id, status);
COMMIT;
