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
INSERT INTO "alembic_version" VALUES('0002');
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
INSERT INTO "audit_event" VALUES(1,'2026-12-07 20:54:38.000000','cli','coordinator.created',NULL,NULL,'{"coordinator_id": 1, "email": "maria@lawg.example.org"}');
INSERT INTO "audit_event" VALUES(2,'2026-12-07 20:54:43.000000','cli','coordinator.created',NULL,NULL,'{"coordinator_id": 2, "email": "tomas@came.example.org"}');
INSERT INTO "audit_event" VALUES(3,'2026-12-07 20:54:48.000000','cli','statement.created',1,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(4,'2026-12-07 20:54:53.000000','cli','statement.created',2,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(5,'2026-12-07 20:54:58.000000','cli','statement.created',3,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(6,'2026-12-07 20:55:03.000000','cli','coordinator.created',NULL,NULL,'{"coordinator_id": 3, "email": "coordinator@example.org"}');
INSERT INTO "audit_event" VALUES(7,'2026-12-07 20:55:03.000000','cli','statement.created',4,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(8,'2026-12-07 20:55:03.000000','cli','signature.added_verified',4,1,'{}');
INSERT INTO "audit_event" VALUES(9,'2026-12-07 20:55:03.000000','cli','signature.added_verified',4,2,'{}');
INSERT INTO "audit_event" VALUES(10,'2026-12-07 20:55:03.000000','cli','signature.added_verified',4,3,'{}');
INSERT INTO "audit_event" VALUES(11,'2026-12-07 20:55:03.000000','cli','signature.added_verified',4,4,'{}');
INSERT INTO "audit_event" VALUES(12,'2026-12-07 20:55:03.000000','cli','signature.added_verified',4,5,'{}');
INSERT INTO "audit_event" VALUES(13,'2026-12-07 20:55:03.000000','cli','signature.added_verified',4,6,'{}');
INSERT INTO "audit_event" VALUES(14,'2026-12-07 20:55:08.000000','public','signature.submitted',1,7,'{}');
INSERT INTO "audit_event" VALUES(15,'2026-12-07 20:55:52.000000','public','signature.confirmed',1,7,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(16,'2026-12-07 20:56:24.000000','public','signature.submitted',1,8,'{}');
INSERT INTO "audit_event" VALUES(17,'2026-12-07 20:57:08.000000','public','signature.confirmed',1,8,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(18,'2026-12-07 20:57:40.000000','public','signature.submitted',1,9,'{}');
INSERT INTO "audit_event" VALUES(19,'2026-12-07 20:58:24.000000','public','signature.confirmed',1,9,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(20,'2026-12-07 20:58:56.000000','public','signature.submitted',1,10,'{}');
INSERT INTO "audit_event" VALUES(21,'2026-12-07 20:59:40.000000','public','signature.confirmed',1,10,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(22,'2026-12-07 21:00:12.000000','public','signature.submitted',1,11,'{}');
INSERT INTO "audit_event" VALUES(23,'2026-12-07 21:00:56.000000','public','signature.submitted',1,12,'{}');
INSERT INTO "audit_event" VALUES(24,'2026-12-07 21:01:40.000000','public','signature.confirmed',1,12,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(25,'2026-12-07 21:02:12.000000','public','signature.submitted',1,13,'{}');
INSERT INTO "audit_event" VALUES(26,'2026-12-07 21:02:56.000000','public','signature.confirmed',1,13,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(27,'2026-12-07 21:03:28.000000','public','signature.submitted',1,14,'{}');
INSERT INTO "audit_event" VALUES(28,'2026-12-07 21:04:12.000000','public','signature.confirmed',1,14,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(29,'2026-12-07 21:04:44.000000','public','signature.submitted',1,15,'{}');
INSERT INTO "audit_event" VALUES(30,'2026-12-07 21:05:28.000000','public','signature.confirmed',1,15,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(31,'2026-12-07 21:06:00.000000','public','signature.submitted',1,16,'{}');
INSERT INTO "audit_event" VALUES(32,'2026-12-07 21:06:44.000000','public','signature.confirmed',1,16,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(33,'2026-12-07 21:07:16.000000','public','signature.submitted',1,17,'{}');
INSERT INTO "audit_event" VALUES(34,'2026-12-07 21:08:00.000000','public','signature.confirmed',1,17,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(35,'2026-12-07 21:08:32.000000','public','signature.submitted',1,18,'{}');
INSERT INTO "audit_event" VALUES(36,'2026-12-07 21:09:16.000000','public','signature.confirmed',1,18,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(37,'2026-12-07 21:09:48.000000','public','signature.submitted',1,19,'{}');
INSERT INTO "audit_event" VALUES(38,'2026-12-07 21:10:32.000000','public','signature.confirmed',1,19,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(39,'2026-12-07 21:11:04.000000','public','signature.submitted',1,20,'{}');
INSERT INTO "audit_event" VALUES(40,'2026-12-07 21:11:48.000000','public','signature.submitted',1,21,'{}');
INSERT INTO "audit_event" VALUES(41,'2026-12-07 21:12:32.000000','public','signature.confirmed',1,21,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(42,'2026-12-07 21:13:04.000000','public','signature.submitted',1,22,'{}');
INSERT INTO "audit_event" VALUES(43,'2026-12-07 21:13:48.000000','public','signature.confirmed',1,22,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(44,'2026-12-07 21:14:20.000000','public','signature.submitted',1,23,'{}');
INSERT INTO "audit_event" VALUES(45,'2026-12-07 21:15:04.000000','public','signature.confirmed',1,23,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(46,'2026-12-07 21:15:36.000000','public','signature.submitted',1,24,'{}');
INSERT INTO "audit_event" VALUES(47,'2026-12-07 21:16:20.000000','public','signature.confirmed',1,24,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(48,'2026-12-07 21:16:52.000000','public','signature.submitted',1,25,'{}');
INSERT INTO "audit_event" VALUES(49,'2026-12-07 21:17:36.000000','public','signature.confirmed',1,25,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(50,'2026-12-07 21:18:08.000000','public','signature.submitted',1,26,'{}');
INSERT INTO "audit_event" VALUES(51,'2026-12-07 21:18:52.000000','public','signature.confirmed',1,26,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(52,'2026-12-07 21:19:24.000000','public','signature.submitted',1,27,'{}');
INSERT INTO "audit_event" VALUES(53,'2026-12-07 21:20:08.000000','public','signature.confirmed',1,27,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(54,'2026-12-07 21:20:40.000000','public','signature.submitted',1,28,'{}');
INSERT INTO "audit_event" VALUES(55,'2026-12-07 21:21:24.000000','public','signature.confirmed',1,28,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(56,'2026-12-07 21:21:56.000000','public','signature.submitted',1,29,'{}');
INSERT INTO "audit_event" VALUES(57,'2026-12-07 21:22:40.000000','public','signature.submitted',1,30,'{}');
INSERT INTO "audit_event" VALUES(58,'2026-12-07 21:23:24.000000','public','signature.confirmed',1,30,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(59,'2026-12-07 21:23:56.000000','public','signature.submitted',1,31,'{}');
INSERT INTO "audit_event" VALUES(60,'2026-12-07 21:24:40.000000','public','signature.confirmed',1,31,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(61,'2026-12-07 21:25:12.000000','public','signature.submitted',1,32,'{}');
INSERT INTO "audit_event" VALUES(62,'2026-12-07 21:25:56.000000','public','signature.confirmed',1,32,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(63,'2026-12-07 21:26:28.000000','public','signature.submitted',1,33,'{}');
INSERT INTO "audit_event" VALUES(64,'2026-12-07 21:27:12.000000','public','signature.confirmed',1,33,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(65,'2026-12-07 21:27:44.000000','public','signature.submitted',1,34,'{}');
INSERT INTO "audit_event" VALUES(66,'2026-12-07 21:28:28.000000','public','signature.confirmed',1,34,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(67,'2026-12-07 21:29:00.000000','public','signature.submitted',1,35,'{}');
INSERT INTO "audit_event" VALUES(68,'2026-12-07 21:29:44.000000','public','signature.confirmed',1,35,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(69,'2026-12-07 21:30:16.000000','public','signature.submitted',1,36,'{}');
INSERT INTO "audit_event" VALUES(70,'2026-12-07 21:31:00.000000','public','signature.confirmed',1,36,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(71,'2026-12-07 21:31:32.000000','public','signature.submitted',1,37,'{}');
INSERT INTO "audit_event" VALUES(72,'2026-12-07 21:32:16.000000','public','signature.confirmed',1,37,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(73,'2026-12-07 21:32:48.000000','public','signature.submitted',1,38,'{}');
INSERT INTO "audit_event" VALUES(74,'2026-12-07 21:33:32.000000','public','signature.submitted',1,39,'{}');
INSERT INTO "audit_event" VALUES(75,'2026-12-07 21:34:16.000000','public','signature.confirmed',1,39,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(76,'2026-12-07 21:34:48.000000','public','signature.submitted',1,40,'{}');
INSERT INTO "audit_event" VALUES(77,'2026-12-07 21:35:32.000000','public','signature.confirmed',1,40,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(78,'2026-12-07 21:36:04.000000','public','signature.submitted',1,41,'{}');
INSERT INTO "audit_event" VALUES(79,'2026-12-07 21:36:48.000000','public','signature.confirmed',1,41,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(80,'2026-12-07 21:37:20.000000','public','signature.submitted',1,42,'{}');
INSERT INTO "audit_event" VALUES(81,'2026-12-07 21:38:04.000000','public','signature.confirmed',1,42,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(82,'2026-12-07 21:38:36.000000','public','signature.submitted',1,43,'{}');
INSERT INTO "audit_event" VALUES(83,'2026-12-07 21:39:20.000000','public','signature.confirmed',1,43,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(84,'2026-12-07 21:39:52.000000','public','signature.submitted',1,44,'{}');
INSERT INTO "audit_event" VALUES(85,'2026-12-07 21:40:36.000000','public','signature.confirmed',1,44,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(86,'2026-12-07 21:41:08.000000','public','signature.submitted',1,45,'{}');
INSERT INTO "audit_event" VALUES(87,'2026-12-07 21:41:52.000000','public','signature.confirmed',1,45,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(88,'2026-12-07 21:42:24.000000','public','signature.submitted',1,46,'{}');
INSERT INTO "audit_event" VALUES(89,'2026-12-07 21:43:08.000000','public','signature.confirmed',1,46,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(90,'2026-12-07 21:43:40.000000','public','signature.submitted',1,47,'{}');
INSERT INTO "audit_event" VALUES(91,'2026-12-07 21:44:24.000000','public','signature.submitted',1,48,'{}');
INSERT INTO "audit_event" VALUES(92,'2026-12-07 21:45:08.000000','public','signature.confirmed',1,48,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(93,'2026-12-07 21:45:40.000000','public','signature.submitted',1,49,'{}');
INSERT INTO "audit_event" VALUES(94,'2026-12-07 21:46:24.000000','public','signature.confirmed',1,49,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(95,'2026-12-07 21:46:56.000000','public','signature.submitted',1,50,'{}');
INSERT INTO "audit_event" VALUES(96,'2026-12-07 21:47:40.000000','public','signature.confirmed',1,50,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(97,'2026-12-07 21:48:12.000000','public','signature.submitted',1,51,'{}');
INSERT INTO "audit_event" VALUES(98,'2026-12-07 21:48:56.000000','public','signature.confirmed',1,51,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(99,'2026-12-07 21:49:28.000000','public','signature.submitted',1,52,'{}');
INSERT INTO "audit_event" VALUES(100,'2026-12-07 21:50:12.000000','public','signature.confirmed',1,52,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(101,'2026-12-07 21:50:44.000000','public','signature.submitted',1,53,'{}');
INSERT INTO "audit_event" VALUES(102,'2026-12-07 21:51:28.000000','public','signature.confirmed',1,53,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(103,'2026-12-07 21:52:00.000000','public','signature.submitted',1,54,'{}');
INSERT INTO "audit_event" VALUES(104,'2026-12-07 21:52:44.000000','public','signature.confirmed',1,54,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(105,'2026-12-07 21:53:16.000000','public','signature.submitted',1,55,'{}');
INSERT INTO "audit_event" VALUES(106,'2026-12-07 21:54:00.000000','public','signature.confirmed',1,55,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(107,'2026-12-07 21:54:32.000000','public','signature.submitted',1,56,'{}');
INSERT INTO "audit_event" VALUES(108,'2026-12-07 21:55:16.000000','public','signature.submitted',1,57,'{}');
INSERT INTO "audit_event" VALUES(109,'2026-12-07 21:56:00.000000','public','signature.confirmed',1,57,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(110,'2026-12-07 21:56:32.000000','public','signature.submitted',1,58,'{}');
INSERT INTO "audit_event" VALUES(111,'2026-12-07 21:57:16.000000','public','signature.confirmed',1,58,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(112,'2026-12-07 21:57:48.000000','public','signature.submitted',1,59,'{}');
INSERT INTO "audit_event" VALUES(113,'2026-12-07 21:58:32.000000','public','signature.confirmed',1,59,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(114,'2026-12-07 21:59:04.000000','public','signature.submitted',1,60,'{}');
INSERT INTO "audit_event" VALUES(115,'2026-12-07 21:59:48.000000','public','signature.confirmed',1,60,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(116,'2026-12-07 22:00:20.000000','public','signature.submitted',1,61,'{}');
INSERT INTO "audit_event" VALUES(117,'2026-12-07 22:01:04.000000','public','signature.confirmed',1,61,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(118,'2026-12-07 22:01:36.000000','public','signature.submitted',1,62,'{}');
INSERT INTO "audit_event" VALUES(119,'2026-12-07 22:02:20.000000','public','signature.confirmed',1,62,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(120,'2026-12-07 22:02:52.000000','public','signature.submitted',1,63,'{}');
INSERT INTO "audit_event" VALUES(121,'2026-12-07 22:03:36.000000','public','signature.confirmed',1,63,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(122,'2026-12-07 22:04:08.000000','public','signature.submitted',1,64,'{}');
INSERT INTO "audit_event" VALUES(123,'2026-12-07 22:04:52.000000','public','signature.confirmed',1,64,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(124,'2026-12-07 22:05:24.000000','public','signature.submitted',1,65,'{}');
INSERT INTO "audit_event" VALUES(125,'2026-12-07 22:06:08.000000','public','signature.submitted',1,66,'{}');
INSERT INTO "audit_event" VALUES(126,'2026-12-07 22:06:52.000000','public','signature.confirmed',1,66,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(127,'2026-12-07 22:07:24.000000','public','signature.submitted',1,67,'{}');
INSERT INTO "audit_event" VALUES(128,'2026-12-07 22:08:08.000000','public','signature.confirmed',1,67,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(129,'2026-12-07 22:08:40.000000','public','signature.submitted',1,68,'{}');
INSERT INTO "audit_event" VALUES(130,'2026-12-07 22:09:24.000000','public','signature.confirmed',1,68,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(131,'2026-12-07 22:09:56.000000','public','signature.submitted',1,69,'{}');
INSERT INTO "audit_event" VALUES(132,'2026-12-07 22:10:40.000000','public','signature.confirmed',1,69,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(133,'2026-12-07 22:11:12.000000','public','signature.submitted',1,70,'{}');
INSERT INTO "audit_event" VALUES(134,'2026-12-07 22:11:56.000000','public','signature.confirmed',1,70,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(135,'2026-12-07 22:12:28.000000','public','signature.submitted',1,71,'{}');
INSERT INTO "audit_event" VALUES(136,'2026-12-07 22:13:12.000000','public','signature.confirmed',1,71,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(137,'2026-12-07 22:13:44.000000','public','signature.submitted',1,72,'{}');
INSERT INTO "audit_event" VALUES(138,'2026-12-07 22:14:28.000000','public','signature.confirmed',1,72,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(139,'2026-12-07 22:15:00.000000','public','signature.submitted',1,73,'{}');
INSERT INTO "audit_event" VALUES(140,'2026-12-07 22:15:44.000000','public','signature.confirmed',1,73,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(141,'2026-12-07 22:16:16.000000','public','signature.submitted',1,74,'{}');
INSERT INTO "audit_event" VALUES(142,'2026-12-07 22:17:00.000000','public','signature.submitted',1,75,'{}');
INSERT INTO "audit_event" VALUES(143,'2026-12-07 22:17:44.000000','public','signature.confirmed',1,75,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(144,'2026-12-07 22:18:16.000000','public','signature.submitted',1,76,'{}');
INSERT INTO "audit_event" VALUES(145,'2026-12-07 22:19:00.000000','public','signature.confirmed',1,76,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(146,'2026-12-07 22:19:32.000000','public','signature.submitted',1,77,'{}');
INSERT INTO "audit_event" VALUES(147,'2026-12-07 22:20:16.000000','public','signature.confirmed',1,77,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(148,'2026-12-07 22:20:48.000000','public','signature.submitted',1,78,'{}');
INSERT INTO "audit_event" VALUES(149,'2026-12-07 22:21:32.000000','public','signature.confirmed',1,78,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(150,'2026-12-07 22:22:04.000000','public','signature.submitted',1,79,'{}');
INSERT INTO "audit_event" VALUES(151,'2026-12-07 22:22:48.000000','public','signature.confirmed',1,79,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(152,'2026-12-07 22:23:20.000000','public','signature.submitted',1,80,'{}');
INSERT INTO "audit_event" VALUES(153,'2026-12-07 22:24:04.000000','public','signature.confirmed',1,80,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(154,'2026-12-07 22:24:36.000000','public','signature.submitted',1,81,'{}');
INSERT INTO "audit_event" VALUES(155,'2026-12-07 22:25:20.000000','public','signature.confirmed',1,81,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(156,'2026-12-07 22:25:52.000000','public','signature.submitted',1,82,'{}');
INSERT INTO "audit_event" VALUES(157,'2026-12-07 22:26:36.000000','public','signature.confirmed',1,82,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(158,'2026-12-07 22:27:08.000000','public','signature.submitted',1,83,'{}');
INSERT INTO "audit_event" VALUES(159,'2026-12-07 22:27:52.000000','public','signature.submitted',1,84,'{}');
INSERT INTO "audit_event" VALUES(160,'2026-12-07 22:28:36.000000','public','signature.confirmed',1,84,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(161,'2026-12-07 22:29:08.000000','public','signature.submitted',1,85,'{}');
INSERT INTO "audit_event" VALUES(162,'2026-12-07 22:29:52.000000','public','signature.confirmed',1,85,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(163,'2026-12-07 22:30:24.000000','public','signature.submitted',1,86,'{}');
INSERT INTO "audit_event" VALUES(164,'2026-12-07 22:31:08.000000','public','signature.confirmed',1,86,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(165,'2026-12-07 22:31:40.000000','public','signature.submitted',2,87,'{}');
INSERT INTO "audit_event" VALUES(166,'2026-12-07 22:32:24.000000','public','signature.confirmed',2,87,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(167,'2026-12-07 22:32:56.000000','public','signature.submitted',2,88,'{}');
INSERT INTO "audit_event" VALUES(168,'2026-12-07 22:33:40.000000','public','signature.submitted',2,89,'{}');
INSERT INTO "audit_event" VALUES(169,'2026-12-07 22:34:24.000000','public','signature.confirmed',2,89,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(170,'2026-12-07 22:34:56.000000','public','signature.submitted',2,90,'{}');
INSERT INTO "audit_event" VALUES(171,'2026-12-07 22:35:40.000000','public','signature.confirmed',2,90,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(172,'2026-12-07 22:36:12.000000','public','signature.submitted',2,91,'{}');
INSERT INTO "audit_event" VALUES(173,'2026-12-07 22:36:56.000000','public','signature.confirmed',2,91,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(174,'2026-12-07 22:37:28.000000','public','signature.submitted',2,92,'{}');
INSERT INTO "audit_event" VALUES(175,'2026-12-07 22:38:12.000000','public','signature.confirmed',2,92,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(176,'2026-12-07 22:38:44.000000','public','signature.submitted',2,93,'{}');
INSERT INTO "audit_event" VALUES(177,'2026-12-07 22:39:28.000000','public','signature.confirmed',2,93,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(178,'2026-12-07 22:40:00.000000','public','signature.submitted',2,94,'{}');
INSERT INTO "audit_event" VALUES(179,'2026-12-07 22:40:44.000000','public','signature.submitted',2,95,'{}');
INSERT INTO "audit_event" VALUES(180,'2026-12-07 22:41:28.000000','public','signature.confirmed',2,95,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(181,'2026-12-07 22:42:00.000000','public','signature.submitted',2,96,'{}');
INSERT INTO "audit_event" VALUES(182,'2026-12-07 22:42:44.000000','public','signature.confirmed',2,96,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(183,'2026-12-07 22:43:16.000000','public','signature.submitted',2,97,'{}');
INSERT INTO "audit_event" VALUES(184,'2026-12-07 22:44:00.000000','public','signature.confirmed',2,97,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(185,'2026-12-07 22:44:32.000000','public','signature.submitted',2,98,'{}');
INSERT INTO "audit_event" VALUES(186,'2026-12-07 22:45:16.000000','public','signature.confirmed',2,98,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(187,'2026-12-07 22:45:48.000000','public','signature.submitted',2,99,'{}');
INSERT INTO "audit_event" VALUES(188,'2026-12-07 22:46:32.000000','public','signature.confirmed',2,99,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(189,'2026-12-07 22:47:04.000000','public','signature.submitted',2,100,'{}');
INSERT INTO "audit_event" VALUES(190,'2026-12-07 22:47:48.000000','public','signature.submitted',2,101,'{}');
INSERT INTO "audit_event" VALUES(191,'2026-12-07 22:48:32.000000','public','signature.confirmed',2,101,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(192,'2026-12-07 22:49:04.000000','public','signature.submitted',2,102,'{}');
INSERT INTO "audit_event" VALUES(193,'2026-12-07 22:49:48.000000','public','signature.confirmed',2,102,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(194,'2026-12-07 22:50:20.000000','public','signature.submitted',2,103,'{}');
INSERT INTO "audit_event" VALUES(195,'2026-12-07 22:51:04.000000','public','signature.confirmed',2,103,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(196,'2026-12-07 22:51:36.000000','public','signature.submitted',2,104,'{}');
INSERT INTO "audit_event" VALUES(197,'2026-12-07 22:52:20.000000','public','signature.confirmed',2,104,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(198,'2026-12-07 22:52:52.000000','public','signature.submitted',2,105,'{}');
INSERT INTO "audit_event" VALUES(199,'2026-12-07 22:53:36.000000','public','signature.confirmed',2,105,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(200,'2026-12-07 22:54:08.000000','public','signature.submitted',2,106,'{}');
INSERT INTO "audit_event" VALUES(201,'2026-12-07 22:54:52.000000','public','signature.submitted',2,107,'{}');
INSERT INTO "audit_event" VALUES(202,'2026-12-07 22:55:36.000000','public','signature.confirmed',2,107,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(203,'2026-12-07 22:56:08.000000','public','signature.submitted',2,108,'{}');
INSERT INTO "audit_event" VALUES(204,'2026-12-07 22:56:52.000000','public','signature.confirmed',2,108,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(205,'2026-12-07 22:57:24.000000','public','signature.submitted',2,109,'{}');
INSERT INTO "audit_event" VALUES(206,'2026-12-07 22:58:08.000000','public','signature.confirmed',2,109,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(207,'2026-12-07 22:58:40.000000','public','signature.submitted',2,110,'{}');
INSERT INTO "audit_event" VALUES(208,'2026-12-07 22:59:24.000000','public','signature.confirmed',2,110,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(209,'2026-12-07 22:59:56.000000','public','signature.submitted',2,111,'{}');
INSERT INTO "audit_event" VALUES(210,'2026-12-07 23:00:40.000000','public','signature.confirmed',2,111,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(211,'2026-12-07 23:01:12.000000','public','signature.submitted',2,112,'{}');
INSERT INTO "audit_event" VALUES(212,'2026-12-07 23:01:56.000000','public','signature.submitted',2,113,'{}');
INSERT INTO "audit_event" VALUES(213,'2026-12-07 23:02:40.000000','public','signature.confirmed',2,113,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(214,'2026-12-07 23:03:12.000000','public','signature.submitted',2,114,'{}');
INSERT INTO "audit_event" VALUES(215,'2026-12-07 23:03:56.000000','public','signature.confirmed',2,114,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(216,'2026-12-07 23:04:28.000000','public','signature.submitted',2,115,'{}');
INSERT INTO "audit_event" VALUES(217,'2026-12-07 23:05:12.000000','public','signature.confirmed',2,115,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(218,'2026-12-07 23:05:44.000000','public','signature.submitted',2,116,'{}');
INSERT INTO "audit_event" VALUES(219,'2026-12-07 23:06:28.000000','public','signature.confirmed',2,116,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(220,'2026-12-07 23:07:00.000000','public','signature.submitted',1,117,'{}');
INSERT INTO "audit_event" VALUES(221,'2026-12-07 23:07:44.000000','public','signature.duplicate_refused',1,7,'{"typed_name": "\u041f\u0420\u0410\u0412\u041e\u0417\u0410\u0429\u0418\u0422\u041d\u042b\u0419 \u0426\u0415\u041d\u0422\u0420 \u00ab\u041c\u0415\u041c\u041e\u0420\u0418\u0410\u041b\u00bb", "source_ip": "127.0.0.1"}');
INSERT INTO "audit_event" VALUES(222,'2026-12-08 00:08:33.000000','public','signature.link_resent',1,11,'{}');
INSERT INTO "audit_event" VALUES(223,'2026-12-08 00:08:36.000000','public','signature.link_resent',1,20,'{}');
INSERT INTO "audit_event" VALUES(224,'2026-12-08 00:09:20.000000','public','signature.submitted',1,118,'{}');
INSERT INTO "audit_event" VALUES(225,'2026-12-08 00:10:04.000000','public','signature.confirmed',1,118,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(226,'2026-12-08 00:10:36.000000','public','signature.submitted',1,119,'{}');
INSERT INTO "audit_event" VALUES(227,'2026-12-08 00:11:20.000000','public','signature.submitted',1,120,'{}');
INSERT INTO "audit_event" VALUES(228,'2026-12-08 00:12:04.000000','public','signature.submitted',1,121,'{}');
INSERT INTO "audit_event" VALUES(229,'2026-12-08 00:12:48.000000','public','signature.submitted',1,122,'{}');
INSERT INTO "audit_event" VALUES(230,'2026-12-08 00:13:32.000000','public','signature.confirmed',1,122,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(231,'2026-12-08 00:14:04.000000','public','signature.submitted',1,123,'{}');
INSERT INTO "audit_event" VALUES(232,'2026-12-08 00:14:48.000000','public','signature.submitted',1,124,'{}');
INSERT INTO "audit_event" VALUES(233,'2026-12-08 00:15:32.000000','public','signature.submitted',1,125,'{}');
INSERT INTO "audit_event" VALUES(234,'2026-12-08 00:16:16.000000','public','signature.submitted',1,126,'{}');
INSERT INTO "audit_event" VALUES(235,'2026-12-08 00:17:00.000000','public','signature.confirmed',1,126,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(236,'2026-12-08 00:17:32.000000','public','signature.submitted',1,127,'{}');
INSERT INTO "audit_event" VALUES(237,'2026-12-08 00:18:16.000000','public','signature.submitted',1,128,'{}');
INSERT INTO "audit_event" VALUES(238,'2026-12-08 00:19:00.000000','public','signature.submitted',1,129,'{}');
INSERT INTO "audit_event" VALUES(239,'2026-12-08 00:19:44.000000','public','signature.submitted',1,130,'{}');
INSERT INTO "audit_event" VALUES(240,'2026-12-08 00:20:28.000000','public','signature.confirmed',1,130,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(241,'2026-12-08 00:21:00.000000','public','signature.submitted',1,131,'{}');
INSERT INTO "audit_event" VALUES(242,'2026-12-08 00:21:44.000000','public','signature.submitted',1,132,'{}');
INSERT INTO "audit_event" VALUES(243,'2026-12-08 00:22:28.000000','public','signature.submitted',2,133,'{}');
INSERT INTO "audit_event" VALUES(244,'2026-12-08 00:23:12.000000','public','signature.confirmed',2,133,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(245,'2026-12-08 00:23:44.000000','public','signature.submitted',2,134,'{}');
INSERT INTO "audit_event" VALUES(246,'2026-12-08 00:24:28.000000','public','signature.confirmed',2,134,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(247,'2026-12-08 00:25:00.000000','public','signature.submitted',2,135,'{}');
INSERT INTO "audit_event" VALUES(248,'2026-12-08 00:25:44.000000','public','signature.submitted',2,136,'{}');
INSERT INTO "audit_event" VALUES(249,'2026-12-08 00:26:28.000000','public','signature.confirmed',2,136,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(250,'2026-12-08 00:27:00.000000','public','signature.submitted',2,137,'{}');
INSERT INTO "audit_event" VALUES(251,'2026-12-08 00:27:44.000000','public','signature.confirmed',2,137,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(252,'2026-12-08 00:28:16.000000','public','signature.submitted',2,138,'{}');
INSERT INTO "audit_event" VALUES(253,'2026-12-08 00:29:00.000000','public','signature.submitted',2,139,'{}');
INSERT INTO "audit_event" VALUES(254,'2026-12-08 00:29:44.000000','public','signature.confirmed',2,139,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(255,'2026-12-08 00:30:16.000000','public','signature.submitted',2,140,'{}');
INSERT INTO "audit_event" VALUES(256,'2026-12-08 00:31:00.000000','public','signature.confirmed',2,140,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(257,'2026-12-08 00:31:32.000000','public','signature.submitted',2,141,'{}');
INSERT INTO "audit_event" VALUES(258,'2026-12-08 00:32:16.000000','public','signature.submitted',2,142,'{}');
INSERT INTO "audit_event" VALUES(259,'2026-12-08 00:33:00.000000','public','signature.confirmed',2,142,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(260,'2026-12-08 00:33:32.000000','public','signature.submitted',2,143,'{}');
INSERT INTO "audit_event" VALUES(261,'2026-12-08 00:34:16.000000','public','signature.confirmed',2,143,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(262,'2026-12-08 00:34:53.000000','public','signature.submitted',1,144,'{}');
INSERT INTO "audit_event" VALUES(263,'2026-12-08 00:35:37.000000','public','signature.submitted',1,145,'{}');
INSERT INTO "audit_event" VALUES(264,'2026-12-08 00:36:21.000000','public','signature.submitted',1,146,'{}');
INSERT INTO "audit_event" VALUES(265,'2026-12-08 00:37:05.000000','public','signature.submitted',1,147,'{}');
INSERT INTO "audit_event" VALUES(266,'2026-12-08 00:37:49.000000','public','signature.submitted',1,148,'{}');
INSERT INTO "audit_event" VALUES(267,'2026-12-08 00:38:33.000000','public','signature.submitted',2,149,'{}');
INSERT INTO "audit_event" VALUES(268,'2026-12-08 00:39:20.000000','coordinator:1','coordinator.logged_out',NULL,NULL,'{}');
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
INSERT INTO "coordinator" VALUES(1,'maria@lawg.example.org','María José Núñez','scrypt:32768:8:1$MFoj1sNBy6X5IJbg$6b6fe543a6fa1d7c946f2626e52eaaf5af2394ac9271a6a2a605723a43f5419a3f2dd6db08e650ed284b6b268fecc7cee31effc34794db2649702443f3b4eb70',2,'2026-12-07 20:54:38.000000');
INSERT INTO "coordinator" VALUES(2,'tomas@came.example.org','Tomás Ibáñez','scrypt:32768:8:1$Tr2jKgBc7KALs7kD$43b7cd032e1c4a3868d961ae400a23705791858d25eec61b58c80e83dcb02b7c76b356ff62dba5947d7ab6a6ef6ebfcad258448a1f0131cb8530b05fb0320c91',1,'2026-12-07 20:54:43.000000');
INSERT INTO "coordinator" VALUES(3,'coordinator@example.org','Demo Coordinator','scrypt:32768:8:1$XsC6qmnen1UO4Tsd$c55538def1026a41e581a51dfa0efc6dddb8116a32d4ad95bc856609771c15ffd0f4fddf213220cd77937675c6bbd10c2d30873c7d92a97c87537033e2882ae0',1,'2026-12-07 20:55:03.000000');
CREATE TABLE membership (
	id INTEGER NOT NULL, 
	statement_id INTEGER NOT NULL, 
	coordinator_id INTEGER NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	CONSTRAINT pk_membership PRIMARY KEY (id), 
	CONSTRAINT ck_membership_role CHECK (role IN ('owner', 'editor')), 
	CONSTRAINT fk_membership_coordinator_id_coordinator FOREIGN KEY(coordinator_id) REFERENCES coordinator (id) ON DELETE CASCADE, 
	CONSTRAINT fk_membership_statement_id_statement FOREIGN KEY(statement_id) REFERENCES statement (id) ON DELETE CASCADE, 
	CONSTRAINT uq_membership_statement_id_coordinator_id UNIQUE (statement_id, coordinator_id)
);
INSERT INTO "membership" VALUES(1,1,1,'owner');
INSERT INTO "membership" VALUES(2,1,2,'owner');
INSERT INTO "membership" VALUES(3,2,2,'owner');
INSERT INTO "membership" VALUES(4,3,2,'owner');
INSERT INTO "membership" VALUES(5,4,3,'owner');
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

http://signon.example.org/confirm/eyJzIjo3fQ.axcdLA.WEO7NkA0IbnfJHxuEeXnfWvoFw8

The link works until 14 Dec 2026, 20:55 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Правозащитный центр «Мемориал»
  Category: International Organizations
  Location: Москва, Россия
  Website: https://org000.example.org
  Signed by: Ana Martínez, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Martínez,</p>
<p>You asked to add <strong>Правозащитный центр «Мемориал»</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3fQ.axcdLA.WEO7NkA0IbnfJHxuEeXnfWvoFw8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3fQ.axcdLA.WEO7NkA0IbnfJHxuEeXnfWvoFw8</p>
<p>The link works until 14 Dec 2026, 20:55 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Правозащитный центр «Мемориал»</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Москва, Россия</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org000.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688125.18159.13652708975414941986@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:55:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:55:08.000000',1,'2026-12-07 20:55:08.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(2,'firmante001@org001.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Haddad,

You asked to add مركز الخليج لحقوق الإنسان to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4fQ.axcdeA.TtRXSIn1oS3v9cLWBV1NIayVcNw

The link works until 14 Dec 2026, 20:56 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: مركز الخليج لحقوق الإنسان
  Category: State and Local Organizations
  Location: بيروت, لبنان
  Signed by: José Haddad, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Haddad,</p>
<p>You asked to add <strong>مركز الخليج لحقوق الإنسان</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4fQ.axcdeA.TtRXSIn1oS3v9cLWBV1NIayVcNw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4fQ.axcdeA.TtRXSIn1oS3v9cLWBV1NIayVcNw</p>
<p>The link works until 14 Dec 2026, 20:56 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>مركز الخليج لحقوق الإنسان</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>بيروت, لبنان</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688133.18159.13567084279953527511@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:56:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:56:24.000000',1,'2026-12-07 20:56:24.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(3,'firmante002@org002.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Dubois,

You asked to add 移民支援ネットワーク to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5fQ.axcdxA.KAT7D3JBVREslIo8NcIFQ7GQ2AM

The link works until 14 Dec 2026, 20:57 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: 移民支援ネットワーク
  Category: International Organizations
  Location: 東京, 日本
  Signed by: Łukasz Dubois, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Dubois,</p>
<p>You asked to add <strong>移民支援ネットワーク</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5fQ.axcdxA.KAT7D3JBVREslIo8NcIFQ7GQ2AM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5fQ.axcdxA.KAT7D3JBVREslIo8NcIFQ7GQ2AM</p>
<p>The link works until 14 Dec 2026, 20:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>移民支援ネットワーク</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>東京, 日本</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688137.18159.5358687696509727411@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:57:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:57:40.000000',1,'2026-12-07 20:57:40.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(4,'firmante003@org003.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Иванова,

You asked to add 中国劳工通讯 to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMH0.axceEA.q_mwnnwtMxVERY87Fz0yg73nypo

The link works until 14 Dec 2026, 20:58 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: 中国劳工通讯
  Category: National Organizations
  Location: 香港, 中国
  Website: https://org003.example.org
  Signed by: Zoë Иванова, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Иванова,</p>
<p>You asked to add <strong>中国劳工通讯</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMH0.axceEA.q_mwnnwtMxVERY87Fz0yg73nypo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMH0.axceEA.q_mwnnwtMxVERY87Fz0yg73nypo</p>
<p>The link works until 14 Dec 2026, 20:58 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>中国劳工通讯</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>香港, 中国</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org003.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688141.18159.17708451942230680982@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:58:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:58:56.000000',1,'2026-12-07 20:58:56.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(5,'firmante004@org004.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José García,

You asked to add The Border Justice Project to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMX0.axceXA.M0Fo-6iTqDuNkQ1kV7pG9nLvXYY

The link works until 14 Dec 2026, 21:00 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: The Border Justice Project
  Category: State and Local Organizations
  Location: Washington, DC, United States
  Signed by: María José García, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José García,</p>
<p>You asked to add <strong>The Border Justice Project</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMX0.axceXA.M0Fo-6iTqDuNkQ1kV7pG9nLvXYY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMX0.axceXA.M0Fo-6iTqDuNkQ1kV7pG9nLvXYY</p>
<p>The link works until 14 Dec 2026, 21:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>The Border Justice Project</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José García, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688145.18159.678517646749257314@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:00:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:00:12.000000',1,'2026-12-07 21:00:12.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(6,'firmante005@org005.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Müller,

You asked to add Ärzte für Menschenrechte to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMn0.axceiA.9O4eqsNnxkeo08VGLKUmq46U0qk

The link works until 14 Dec 2026, 21:00 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Ärzte für Menschenrechte
  Category: International Organizations
  Location: Köln, NRW, Deutschland
  Signed by: Émile Müller, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Müller,</p>
<p>You asked to add <strong>Ärzte für Menschenrechte</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMn0.axceiA.9O4eqsNnxkeo08VGLKUmq46U0qk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMn0.axceiA.9O4eqsNnxkeo08VGLKUmq46U0qk</p>
<p>The link works until 14 Dec 2026, 21:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ärzte für Menschenrechte</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Köln, NRW, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688148.18159.7844448857831510372@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:00:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:00:56.000000',1,'2026-12-07 21:00:56.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(7,'firmante006@org006.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Peña,

You asked to add Œuvre d''Entraide Œcuménique to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxM30.axce1A.LrMck1NqYx89-jUOtAd_gd-z0s0

The link works until 14 Dec 2026, 21:02 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Œuvre d''Entraide Œcuménique
  Category: National Organizations
  Location: Lyon, France
  Website: https://org006.example.org
  Signed by: Nuño Peña, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Peña,</p>
<p>You asked to add <strong>Œuvre d&#39;Entraide Œcuménique</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxM30.axce1A.LrMck1NqYx89-jUOtAd_gd-z0s0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxM30.axce1A.LrMck1NqYx89-jUOtAd_gd-z0s0</p>
<p>The link works until 14 Dec 2026, 21:02 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Œuvre d&#39;Entraide Œcuménique</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Lyon, France</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org006.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688151.18159.16191178576612024817@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:02:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:02:12.000000',1,'2026-12-07 21:02:12.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(8,'firmante007@org007.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Núñez,

You asked to add Ñañu Colectivo Indígena to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNH0.axcfIA.yZDQU058y0OsWzjXnCEw85gax9U

The link works until 14 Dec 2026, 21:03 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Ñañu Colectivo Indígena
  Category: State and Local Organizations
  Location: Oaxaca, Oaxaca, México
  Signed by: Айгуль Núñez, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Núñez,</p>
<p>You asked to add <strong>Ñañu Colectivo Indígena</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNH0.axcfIA.yZDQU058y0OsWzjXnCEw85gax9U" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNH0.axcfIA.yZDQU058y0OsWzjXnCEw85gax9U</p>
<p>The link works until 14 Dec 2026, 21:03 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ñañu Colectivo Indígena</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Oaxaca, Oaxaca, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688156.18159.8895843513974587750@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:03:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:03:28.000000',1,'2026-12-07 21:03:28.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(9,'firmante008@org008.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Øster,

You asked to add Asociación Pro Búsqueda de Niñas y Niños Desaparecidos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNX0.axcfbA.lXmbl3PeyQUpoECBGOn7r2UIhjs

The link works until 14 Dec 2026, 21:04 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación Pro Búsqueda de Niñas y Niños Desaparecidos
  Category: International Organizations
  Location: San Salvador, El Salvador
  Signed by: Fatima Øster, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Øster,</p>
<p>You asked to add <strong>Asociación Pro Búsqueda de Niñas y Niños Desaparecidos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNX0.axcfbA.lXmbl3PeyQUpoECBGOn7r2UIhjs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNX0.axcfbA.lXmbl3PeyQUpoECBGOn7r2UIhjs</p>
<p>The link works until 14 Dec 2026, 21:04 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Pro Búsqueda de Niñas y Niños Desaparecidos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Øster, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688162.18159.8559061105346328775@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:04:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:04:44.000000',1,'2026-12-07 21:04:44.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(10,'firmante009@org009.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura O''Brien,

You asked to add Kino Border Initiative to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNn0.axcfuA.LFRoQDDfqKQsBOxrpnS1QKxjDVQ

The link works until 14 Dec 2026, 21:06 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Kino Border Initiative
  Category: National Organizations
  Location: Nogales, AZ, United States
  Website: https://org009.example.org
  Signed by: Sakura O''Brien, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura O&#39;Brien,</p>
<p>You asked to add <strong>Kino Border Initiative</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNn0.axcfuA.LFRoQDDfqKQsBOxrpnS1QKxjDVQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNn0.axcfuA.LFRoQDDfqKQsBOxrpnS1QKxjDVQ</p>
<p>The link works until 14 Dec 2026, 21:06 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Kino Border Initiative</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Nogales, AZ, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org009.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688164.18159.14854109114993784741@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:06:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:06:00.000000',1,'2026-12-07 21:06:00.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(11,'firmante010@org010.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée 山田,

You asked to add Hope Border Institute to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxN30.axcgBA.ca627GUNht0u7EhNewA9CutFD8s

The link works until 14 Dec 2026, 21:07 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Hope Border Institute
  Category: International Organizations
  Location: El Paso, TX, United States
  Signed by: Renée 山田, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée 山田,</p>
<p>You asked to add <strong>Hope Border Institute</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxN30.axcgBA.ca627GUNht0u7EhNewA9CutFD8s" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxN30.axcgBA.ca627GUNht0u7EhNewA9CutFD8s</p>
<p>The link works until 14 Dec 2026, 21:07 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Hope Border Institute</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688167.18159.13180226060562848088@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:07:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:07:16.000000',1,'2026-12-07 21:07:16.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(12,'firmante011@org011.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Martínez,

You asked to add Latin America Working Group to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxOH0.axcgUA.0f1tOlCP--V5NyRtS44LhcHuF1k

The link works until 14 Dec 2026, 21:08 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Latin America Working Group
  Category: International Organizations
  Location: Washington, DC, United States
  Signed by: Iñaki Martínez, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Martínez,</p>
<p>You asked to add <strong>Latin America Working Group</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxOH0.axcgUA.0f1tOlCP--V5NyRtS44LhcHuF1k" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxOH0.axcgUA.0f1tOlCP--V5NyRtS44LhcHuF1k</p>
<p>The link works until 14 Dec 2026, 21:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Latin America Working Group</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688171.18159.10376411961878932766@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:08:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:08:32.000000',1,'2026-12-07 21:08:32.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(13,'firmante012@org012.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Haddad,

You asked to add Washington Office on Latin America to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxOX0.axcgnA.skrZIYJR5Ak0JiyxiCnnC28GO_o

The link works until 14 Dec 2026, 21:09 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Washington Office on Latin America
  Category: National Organizations
  Location: Washington, DC, United States
  Website: https://org012.example.org
  Signed by: Ana Haddad, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Haddad,</p>
<p>You asked to add <strong>Washington Office on Latin America</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxOX0.axcgnA.skrZIYJR5Ak0JiyxiCnnC28GO_o" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxOX0.axcgnA.skrZIYJR5Ak0JiyxiCnnC28GO_o</p>
<p>The link works until 14 Dec 2026, 21:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Washington Office on Latin America</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org012.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688174.18159.1163058519539192127@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:09:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:09:48.000000',1,'2026-12-07 21:09:48.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(14,'firmante013@org013.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Dubois,

You asked to add Centro de Derechos Humanos Fray Matías de Córdova to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMH0.axcg6A.6T7yNdX4lb7tDmsT45E4HkNo_GY

The link works until 14 Dec 2026, 21:11 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Derechos Humanos Fray Matías de Córdova
  Category: State and Local Organizations
  Location: Tapachula, Chiapas, México
  Signed by: José Dubois, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Dubois,</p>
<p>You asked to add <strong>Centro de Derechos Humanos Fray Matías de Córdova</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMH0.axcg6A.6T7yNdX4lb7tDmsT45E4HkNo_GY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMH0.axcg6A.6T7yNdX4lb7tDmsT45E4HkNo_GY</p>
<p>The link works until 14 Dec 2026, 21:11 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Derechos Humanos Fray Matías de Córdova</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688177.18159.10232306430035363169@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:11:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:11:04.000000',1,'2026-12-07 21:11:04.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(15,'firmante014@org014.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Иванова,

You asked to add Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMX0.axchFA.sRSV30l8Us2A2wCCuTOfi4SrTbA

The link works until 14 Dec 2026, 21:11 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo
  Category: International Organizations
  Location: Ciudad de México, México
  Signed by: Łukasz Иванова, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Иванова,</p>
<p>You asked to add <strong>Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMX0.axchFA.sRSV30l8Us2A2wCCuTOfi4SrTbA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMX0.axchFA.sRSV30l8Us2A2wCCuTOfi4SrTbA</p>
<p>The link works until 14 Dec 2026, 21:11 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de México, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688179.18159.12690747771826207280@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:11:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:11:48.000000',1,'2026-12-07 21:11:48.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(16,'firmante015@org015.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë García,

You asked to add L''Association des Amis des Migrants to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMn0.axchYA.JKp7afGmpx66xFu8TfUTXkhS6WE

The link works until 14 Dec 2026, 21:13 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: L''Association des Amis des Migrants
  Category: International Organizations
  Location: Montréal, QC, Canada
  Website: https://org015.example.org
  Signed by: Zoë García, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë García,</p>
<p>You asked to add <strong>L&#39;Association des Amis des Migrants</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMn0.axchYA.JKp7afGmpx66xFu8TfUTXkhS6WE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMn0.axchYA.JKp7afGmpx66xFu8TfUTXkhS6WE</p>
<p>The link works until 14 Dec 2026, 21:13 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>L&#39;Association des Amis des Migrants</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Montréal, QC, Canada</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org015.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë García, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688184.18159.11603399202929130443@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:13:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:13:04.000000',1,'2026-12-07 21:13:04.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(17,'firmante016@org016.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Müller,

You asked to add Red por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyM30.axchrA.NdaxrFH5ylGHBq7WEWrlMykQ-II

The link works until 14 Dec 2026, 21:14 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red por los Derechos Humanos
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Müller, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Müller,</p>
<p>You asked to add <strong>Red por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyM30.axchrA.NdaxrFH5ylGHBq7WEWrlMykQ-II" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyM30.axchrA.NdaxrFH5ylGHBq7WEWrlMykQ-II</p>
<p>The link works until 14 Dec 2026, 21:14 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Müller, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688193.18159.14752067566545035575@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:14:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:14:20.000000',1,'2026-12-07 21:14:20.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(18,'firmante017@org017.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Peña,

You asked to add Centro for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNH0.axch-A.mzbVn0LtjjTNG96_f7WeUdG6h10

The link works until 14 Dec 2026, 21:15 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Migrant Justice
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Peña, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Peña,</p>
<p>You asked to add <strong>Centro for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyNH0.axch-A.mzbVn0LtjjTNG96_f7WeUdG6h10" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNH0.axch-A.mzbVn0LtjjTNG96_f7WeUdG6h10</p>
<p>The link works until 14 Dec 2026, 21:15 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688199.18159.16588444602694069322@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:15:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:15:36.000000',1,'2026-12-07 21:15:36.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(19,'firmante018@org018.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Núñez,

You asked to add Coalición de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNX0.axciRA.g7p-mJNOP9cTTARl1buu8fXb4NI

The link works until 14 Dec 2026, 21:16 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición de Apoyo al Migrante
  Category: National Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org018.example.org
  Signed by: Nuño Núñez, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Núñez,</p>
<p>You asked to add <strong>Coalición de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyNX0.axciRA.g7p-mJNOP9cTTARl1buu8fXb4NI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNX0.axciRA.g7p-mJNOP9cTTARl1buu8fXb4NI</p>
<p>The link works until 14 Dec 2026, 21:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org018.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688202.18159.9758860740763764201@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:16:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:16:52.000000',1,'2026-12-07 21:16:52.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(20,'firmante019@org019.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Øster,

You asked to add Alliance for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNn0.axcikA.y2b0Q98SECJYIfV9KMVY-EP1184

The link works until 14 Dec 2026, 21:18 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Refugee Rights
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Øster, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Øster,</p>
<p>You asked to add <strong>Alliance for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyNn0.axcikA.y2b0Q98SECJYIfV9KMVY-EP1184" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNn0.axcikA.y2b0Q98SECJYIfV9KMVY-EP1184</p>
<p>The link works until 14 Dec 2026, 21:18 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688206.18159.853496672930129290@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:18:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:18:08.000000',1,'2026-12-07 21:18:08.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(21,'firmante020@org020.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima O''Brien,

You asked to add Network Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyN30.axci3A.NzJTYygJEJm09MWivbS4xvNALwo

The link works until 14 Dec 2026, 21:19 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network Frontera Digna
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima O''Brien, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima O&#39;Brien,</p>
<p>You asked to add <strong>Network Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyN30.axci3A.NzJTYygJEJm09MWivbS4xvNALwo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyN30.axci3A.NzJTYygJEJm09MWivbS4xvNALwo</p>
<p>The link works until 14 Dec 2026, 21:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688215.18159.4648165663836838245@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:19:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:19:24.000000',1,'2026-12-07 21:19:24.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(22,'firmante021@org021.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura 山田,

You asked to add Fundación for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyOH0.axcjKA.dvJvpWqGZ6LYe5gLNxUdvoxXcGM

The link works until 14 Dec 2026, 21:20 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación for Border Solidarity
  Category: National Organizations
  Location: Madrid, España
  Website: https://org021.example.org
  Signed by: Sakura 山田, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura 山田,</p>
<p>You asked to add <strong>Fundación for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyOH0.axcjKA.dvJvpWqGZ6LYe5gLNxUdvoxXcGM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyOH0.axcjKA.dvJvpWqGZ6LYe5gLNxUdvoxXcGM</p>
<p>The link works until 14 Dec 2026, 21:20 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org021.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura 山田, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688221.18159.7779081941837328744@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:20:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:20:40.000000',1,'2026-12-07 21:20:40.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(23,'firmante022@org022.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Martínez,

You asked to add Comité Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyOX0.axcjdA.7eaDctOYEu5S3KJkBoYCLts1yUA

The link works until 14 Dec 2026, 21:21 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité Jesuita con Migrantes
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Martínez, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Martínez,</p>
<p>You asked to add <strong>Comité Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyOX0.axcjdA.7eaDctOYEu5S3KJkBoYCLts1yUA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyOX0.axcjdA.7eaDctOYEu5S3KJkBoYCLts1yUA</p>
<p>The link works until 14 Dec 2026, 21:21 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Martínez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688226.18159.14131021622297466762@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:21:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:21:56.000000',1,'2026-12-07 21:21:56.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(24,'firmante023@org023.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Haddad,

You asked to add Institute de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMH0.axcjoA.kJYUUEDUApXp4O2n9thBUq8fsBU

The link works until 14 Dec 2026, 21:22 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute de Mujeres Migrantes
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Haddad, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Haddad,</p>
<p>You asked to add <strong>Institute de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozMH0.axcjoA.kJYUUEDUApXp4O2n9thBUq8fsBU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMH0.axcjoA.kJYUUEDUApXp4O2n9thBUq8fsBU</p>
<p>The link works until 14 Dec 2026, 21:22 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Haddad, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688229.18159.12473748401416487601@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:22:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:22:40.000000',1,'2026-12-07 21:22:40.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(25,'firmante024@org024.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Dubois,

You asked to add Colectivo for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMX0.axcj7A.CQYohH6w8OGC8bZvNIhx79l8CVE

The link works until 14 Dec 2026, 21:23 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo for Asylum Seekers
  Category: National Organizations
  Location: San Salvador, El Salvador
  Website: https://org024.example.org
  Signed by: Ana Dubois, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Dubois,</p>
<p>You asked to add <strong>Colectivo for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozMX0.axcj7A.CQYohH6w8OGC8bZvNIhx79l8CVE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMX0.axcj7A.CQYohH6w8OGC8bZvNIhx79l8CVE</p>
<p>The link works until 14 Dec 2026, 21:23 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org024.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Dubois, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688231.18159.7178193470624329159@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:23:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:23:56.000000',1,'2026-12-07 21:23:56.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(26,'firmante025@org025.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Иванова,

You asked to add Asociación Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMn0.axckOA.XLyoo8iYW8oE7kx8buUAKrHrXQU

The link works until 14 Dec 2026, 21:25 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación Niñez sin Fronteras
  Category: International Organizations
  Location: El Paso, TX, United States
  Signed by: José Иванова, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Иванова,</p>
<p>You asked to add <strong>Asociación Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozMn0.axckOA.XLyoo8iYW8oE7kx8buUAKrHrXQU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMn0.axckOA.XLyoo8iYW8oE7kx8buUAKrHrXQU</p>
<p>The link works until 14 Dec 2026, 21:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Иванова, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688237.18159.14843919402450892215@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:25:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:25:12.000000',1,'2026-12-07 21:25:12.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(27,'firmante026@org026.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz García,

You asked to add Council for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozM30.axckhA.V7gNY-U-yhzNxHvKXTLtgNScGpU

The link works until 14 Dec 2026, 21:26 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Humane Borders
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz García, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz García,</p>
<p>You asked to add <strong>Council for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozM30.axckhA.V7gNY-U-yhzNxHvKXTLtgNScGpU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozM30.axckhA.V7gNY-U-yhzNxHvKXTLtgNScGpU</p>
<p>The link works until 14 Dec 2026, 21:26 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz García, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688241.18159.12110633425097534230@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:26:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:26:28.000000',1,'2026-12-07 21:26:28.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(28,'firmante027@org027.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Müller,

You asked to add Observatorio de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNH0.axck0A.qF4XcXYYmc9r8GOkxXH8bdC3fNM

The link works until 14 Dec 2026, 21:27 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio de Defensoras Comunitarias
  Category: National Organizations
  Location: San Diego, CA, United States
  Website: https://org027.example.org
  Signed by: Zoë Müller, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Müller,</p>
<p>You asked to add <strong>Observatorio de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozNH0.axck0A.qF4XcXYYmc9r8GOkxXH8bdC3fNM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNH0.axck0A.qF4XcXYYmc9r8GOkxXH8bdC3fNM</p>
<p>The link works until 14 Dec 2026, 21:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org027.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Müller, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688246.18159.6360259557115736030@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:27:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:27:44.000000',1,'2026-12-07 21:27:44.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(29,'firmante028@org028.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Peña,

You asked to add Red for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNX0.axclHA.xBN8FD6mEw6UGPxUwoDuWShSrHA

The link works until 14 Dec 2026, 21:29 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Migrant Justice
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Peña, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Peña,</p>
<p>You asked to add <strong>Red for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozNX0.axclHA.xBN8FD6mEw6UGPxUwoDuWShSrHA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNX0.axclHA.xBN8FD6mEw6UGPxUwoDuWShSrHA</p>
<p>The link works until 14 Dec 2026, 21:29 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Peña, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688249.18159.16155182892532271451@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:29:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:29:00.000000',1,'2026-12-07 21:29:00.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(30,'firmante029@org029.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Núñez,

You asked to add Centro de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNn0.axclaA.AKiaBMp4Viqa2XIorb-IIszUcDI

The link works until 14 Dec 2026, 21:30 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Apoyo al Migrante
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Núñez, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Núñez,</p>
<p>You asked to add <strong>Centro de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozNn0.axclaA.AKiaBMp4Viqa2XIorb-IIszUcDI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNn0.axclaA.AKiaBMp4Viqa2XIorb-IIszUcDI</p>
<p>The link works until 14 Dec 2026, 21:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Núñez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688251.18159.4571114970445963515@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:30:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:30:16.000000',1,'2026-12-07 21:30:16.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(31,'firmante030@org030.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Øster,

You asked to add Coalición for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozN30.axcltA.zSja17yWNX6rrlDdUcfX0FBeE5w

The link works until 14 Dec 2026, 21:31 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición for Refugee Rights
  Category: International Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org030.example.org
  Signed by: Nuño Øster, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Øster,</p>
<p>You asked to add <strong>Coalición for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozN30.axcltA.zSja17yWNX6rrlDdUcfX0FBeE5w" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozN30.axcltA.zSja17yWNX6rrlDdUcfX0FBeE5w</p>
<p>The link works until 14 Dec 2026, 21:31 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org030.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Øster, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688255.18159.9662529235791615026@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:31:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:31:32.000000',1,'2026-12-07 21:31:32.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(32,'firmante031@org031.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль O''Brien,

You asked to add Alliance Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozOH0.axcmAA.J9zr_HlCgioujr9wDlLsv9TnW9A

The link works until 14 Dec 2026, 21:32 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance Frontera Digna
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль O''Brien, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль O&#39;Brien,</p>
<p>You asked to add <strong>Alliance Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozOH0.axcmAA.J9zr_HlCgioujr9wDlLsv9TnW9A" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozOH0.axcmAA.J9zr_HlCgioujr9wDlLsv9TnW9A</p>
<p>The link works until 14 Dec 2026, 21:32 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль O&#39;Brien, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688258.18159.2006232974092281220@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:32:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:32:48.000000',1,'2026-12-07 21:32:48.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(33,'firmante032@org032.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima 山田,

You asked to add Network for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozOX0.axcmLA.HSEybeIIudIY36cJvelLvMXCI7w

The link works until 14 Dec 2026, 21:33 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network for Border Solidarity
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima 山田, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima 山田,</p>
<p>You asked to add <strong>Network for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjozOX0.axcmLA.HSEybeIIudIY36cJvelLvMXCI7w" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozOX0.axcmLA.HSEybeIIudIY36cJvelLvMXCI7w</p>
<p>The link works until 14 Dec 2026, 21:33 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima 山田, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688260.18159.8800025341006367628@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:33:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:33:32.000000',1,'2026-12-07 21:33:32.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(34,'firmante033@org033.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Martínez,

You asked to add Fundación Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0MH0.axcmeA.29vLzZ0ZrShnxwz-QAS6EI0DeDw

The link works until 14 Dec 2026, 21:34 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación Jesuita con Migrantes
  Category: National Organizations
  Location: Madrid, España
  Website: https://org033.example.org
  Signed by: Sakura Martínez, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Martínez,</p>
<p>You asked to add <strong>Fundación Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0MH0.axcmeA.29vLzZ0ZrShnxwz-QAS6EI0DeDw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0MH0.axcmeA.29vLzZ0ZrShnxwz-QAS6EI0DeDw</p>
<p>The link works until 14 Dec 2026, 21:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org033.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Martínez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688265.18159.6568283516732091651@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:34:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:34:48.000000',1,'2026-12-07 21:34:48.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(35,'firmante034@org034.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Haddad,

You asked to add Comité de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0MX0.axcmxA.M-5groJwiyB2PUCvY8yW7wKuEzM

The link works until 14 Dec 2026, 21:36 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité de Mujeres Migrantes
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Haddad, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Haddad,</p>
<p>You asked to add <strong>Comité de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0MX0.axcmxA.M-5groJwiyB2PUCvY8yW7wKuEzM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0MX0.axcmxA.M-5groJwiyB2PUCvY8yW7wKuEzM</p>
<p>The link works until 14 Dec 2026, 21:36 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Haddad, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688270.18159.1408500148650636880@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:36:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:36:04.000000',1,'2026-12-07 21:36:04.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(36,'firmante035@org035.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Dubois,

You asked to add Institute for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0Mn0.axcnEA.gjC_wNlDMYetErWWOrexD9sM0io

The link works until 14 Dec 2026, 21:37 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute for Asylum Seekers
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Dubois, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Dubois,</p>
<p>You asked to add <strong>Institute for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0Mn0.axcnEA.gjC_wNlDMYetErWWOrexD9sM0io" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0Mn0.axcnEA.gjC_wNlDMYetErWWOrexD9sM0io</p>
<p>The link works until 14 Dec 2026, 21:37 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Dubois, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688272.18159.4892479227047730444@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:37:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:37:20.000000',1,'2026-12-07 21:37:20.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(37,'firmante036@org036.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Иванова,

You asked to add Colectivo Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0M30.axcnXA.vwo28L92LrHnqJZOoyXJKKbvPq4

The link works until 14 Dec 2026, 21:38 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo Niñez sin Fronteras
  Category: National Organizations
  Location: San Salvador, El Salvador
  Website: https://org036.example.org
  Signed by: Ana Иванова, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Иванова,</p>
<p>You asked to add <strong>Colectivo Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0M30.axcnXA.vwo28L92LrHnqJZOoyXJKKbvPq4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0M30.axcnXA.vwo28L92LrHnqJZOoyXJKKbvPq4</p>
<p>The link works until 14 Dec 2026, 21:38 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org036.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Иванова, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688275.18159.9883819225593537568@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:38:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:38:36.000000',1,'2026-12-07 21:38:36.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(38,'firmante037@org037.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José García,

You asked to add Asociación for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0NH0.axcnqA.5ULOE9P8eSGgVy2McM-VzjWSskE

The link works until 14 Dec 2026, 21:39 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Humane Borders
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José García, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José García,</p>
<p>You asked to add <strong>Asociación for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0NH0.axcnqA.5ULOE9P8eSGgVy2McM-VzjWSskE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0NH0.axcnqA.5ULOE9P8eSGgVy2McM-VzjWSskE</p>
<p>The link works until 14 Dec 2026, 21:39 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José García, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688278.18159.3627219862574178978@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:39:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:39:52.000000',1,'2026-12-07 21:39:52.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(39,'firmante038@org038.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Müller,

You asked to add Council de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0NX0.axcn9A.A-CowmbHN7kAkt66nei4VXkwxPU

The link works until 14 Dec 2026, 21:41 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council de Defensoras Comunitarias
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Müller, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Müller,</p>
<p>You asked to add <strong>Council de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0NX0.axcn9A.A-CowmbHN7kAkt66nei4VXkwxPU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0NX0.axcn9A.A-CowmbHN7kAkt66nei4VXkwxPU</p>
<p>The link works until 14 Dec 2026, 21:41 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688280.18159.10298942107509107713@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:41:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:41:08.000000',1,'2026-12-07 21:41:08.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(40,'firmante039@org039.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Peña,

You asked to add Observatorio por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0Nn0.axcoQA.vbRZYM4AG9sHQEjWqG72RXy1xLo

The link works until 14 Dec 2026, 21:42 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio por los Derechos Humanos
  Category: National Organizations
  Location: San Diego, CA, United States
  Website: https://org039.example.org
  Signed by: Zoë Peña, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Peña,</p>
<p>You asked to add <strong>Observatorio por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0Nn0.axcoQA.vbRZYM4AG9sHQEjWqG72RXy1xLo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0Nn0.axcoQA.vbRZYM4AG9sHQEjWqG72RXy1xLo</p>
<p>The link works until 14 Dec 2026, 21:42 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org039.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688290.18159.13942327882483905186@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:42:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:42:24.000000',1,'2026-12-07 21:42:24.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(41,'firmante040@org040.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Núñez,

You asked to add Red de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0N30.axcojA.6jspEbYOIJ2__0gqFoPrdbEioH0

The link works until 14 Dec 2026, 21:43 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red de Apoyo al Migrante
  Category: International Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Núñez, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Núñez,</p>
<p>You asked to add <strong>Red de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0N30.axcojA.6jspEbYOIJ2__0gqFoPrdbEioH0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0N30.axcojA.6jspEbYOIJ2__0gqFoPrdbEioH0</p>
<p>The link works until 14 Dec 2026, 21:43 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688294.18159.16555120948184398449@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:43:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:43:40.000000',1,'2026-12-07 21:43:40.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(42,'firmante041@org041.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Øster,

You asked to add Centro for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0OH0.axcouA.YL1G4M8iYho7qamEGsOHGKgQ6V4

The link works until 14 Dec 2026, 21:44 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Refugee Rights
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Øster, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Øster,</p>
<p>You asked to add <strong>Centro for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0OH0.axcouA.YL1G4M8iYho7qamEGsOHGKgQ6V4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0OH0.axcouA.YL1G4M8iYho7qamEGsOHGKgQ6V4</p>
<p>The link works until 14 Dec 2026, 21:44 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688297.18159.876419505030945993@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:44:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:44:24.000000',1,'2026-12-07 21:44:24.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(43,'firmante042@org042.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño O''Brien,

You asked to add Coalición Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0OX0.axcpBA.DSC1sl41QtGn-WWH91AChDZ_XmA

The link works until 14 Dec 2026, 21:45 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición Frontera Digna
  Category: National Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org042.example.org
  Signed by: Nuño O''Brien, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño O&#39;Brien,</p>
<p>You asked to add <strong>Coalición Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo0OX0.axcpBA.DSC1sl41QtGn-WWH91AChDZ_XmA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0OX0.axcpBA.DSC1sl41QtGn-WWH91AChDZ_XmA</p>
<p>The link works until 14 Dec 2026, 21:45 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org042.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688300.18159.3988499127200626471@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:45:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:45:40.000000',1,'2026-12-07 21:45:40.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(44,'firmante043@org043.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль 山田,

You asked to add Alliance for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1MH0.axcpUA.CYODF1mnSSXdwI7es8VF8-2mZ-s

The link works until 14 Dec 2026, 21:46 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Border Solidarity
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль 山田, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль 山田,</p>
<p>You asked to add <strong>Alliance for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1MH0.axcpUA.CYODF1mnSSXdwI7es8VF8-2mZ-s" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1MH0.axcpUA.CYODF1mnSSXdwI7es8VF8-2mZ-s</p>
<p>The link works until 14 Dec 2026, 21:46 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль 山田, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688303.18159.13506845850943999468@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:46:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:46:56.000000',1,'2026-12-07 21:46:56.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(45,'firmante044@org044.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Martínez,

You asked to add Network Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1MX0.axcpnA.nbykv94cTH6RW1uBotps2GpiM8M

The link works until 14 Dec 2026, 21:48 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network Jesuita con Migrantes
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima Martínez, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Martínez,</p>
<p>You asked to add <strong>Network Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1MX0.axcpnA.nbykv94cTH6RW1uBotps2GpiM8M" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1MX0.axcpnA.nbykv94cTH6RW1uBotps2GpiM8M</p>
<p>The link works until 14 Dec 2026, 21:48 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688306.18159.11474936218600661669@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:48:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:48:12.000000',1,'2026-12-07 21:48:12.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(46,'firmante045@org045.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Haddad,

You asked to add Fundación de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1Mn0.axcp6A.DdFQHqnpSqgcERUOPHfoJ_SbcaM

The link works until 14 Dec 2026, 21:49 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación de Mujeres Migrantes
  Category: International Organizations
  Location: Madrid, España
  Website: https://org045.example.org
  Signed by: Sakura Haddad, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Haddad,</p>
<p>You asked to add <strong>Fundación de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1Mn0.axcp6A.DdFQHqnpSqgcERUOPHfoJ_SbcaM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1Mn0.axcp6A.DdFQHqnpSqgcERUOPHfoJ_SbcaM</p>
<p>The link works until 14 Dec 2026, 21:49 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org045.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688316.18159.7796319891701731887@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:49:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:49:28.000000',1,'2026-12-07 21:49:28.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(47,'firmante046@org046.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Dubois,

You asked to add Comité for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1M30.axcqNA.4bGtvpZPrgEkolFY2xWK0Ag1pjI

The link works until 14 Dec 2026, 21:50 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité for Asylum Seekers
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Dubois, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Dubois,</p>
<p>You asked to add <strong>Comité for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1M30.axcqNA.4bGtvpZPrgEkolFY2xWK0Ag1pjI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1M30.axcqNA.4bGtvpZPrgEkolFY2xWK0Ag1pjI</p>
<p>The link works until 14 Dec 2026, 21:50 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688320.18159.4799075801161873724@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:50:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:50:44.000000',1,'2026-12-07 21:50:44.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(48,'firmante047@org047.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Иванова,

You asked to add Institute Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1NH0.axcqgA.5Xa8jz9s-IYO_E59i2QA08RuTBA

The link works until 14 Dec 2026, 21:52 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute Niñez sin Fronteras
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Иванова, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Иванова,</p>
<p>You asked to add <strong>Institute Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1NH0.axcqgA.5Xa8jz9s-IYO_E59i2QA08RuTBA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1NH0.axcqgA.5Xa8jz9s-IYO_E59i2QA08RuTBA</p>
<p>The link works until 14 Dec 2026, 21:52 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688328.18159.7672727634078860175@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:52:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:52:00.000000',1,'2026-12-07 21:52:00.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(49,'firmante048@org048.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana García,

You asked to add Colectivo for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1NX0.axcqzA.hdgSbK6j1824Exzq3bnD2rqqbn4

The link works until 14 Dec 2026, 21:53 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo for Humane Borders
  Category: National Organizations
  Location: San Salvador, El Salvador
  Website: https://org048.example.org
  Signed by: Ana García, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana García,</p>
<p>You asked to add <strong>Colectivo for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1NX0.axcqzA.hdgSbK6j1824Exzq3bnD2rqqbn4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1NX0.axcqzA.hdgSbK6j1824Exzq3bnD2rqqbn4</p>
<p>The link works until 14 Dec 2026, 21:53 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org048.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana García, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688342.18159.11393647492403413642@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:53:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:53:16.000000',1,'2026-12-07 21:53:16.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(50,'firmante049@org049.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Müller,

You asked to add Asociación de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1Nn0.axcrGA.Ztz0X_GgLKiuREcfo5yeHWZKXJc

The link works until 14 Dec 2026, 21:54 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación de Defensoras Comunitarias
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José Müller, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Müller,</p>
<p>You asked to add <strong>Asociación de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1Nn0.axcrGA.Ztz0X_GgLKiuREcfo5yeHWZKXJc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1Nn0.axcrGA.Ztz0X_GgLKiuREcfo5yeHWZKXJc</p>
<p>The link works until 14 Dec 2026, 21:54 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688348.18159.9939545006138912953@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:54:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:54:32.000000',1,'2026-12-07 21:54:32.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(51,'firmante050@org050.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Peña,

You asked to add Council por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1N30.axcrRA.l3Qr0w3xlZ5MRzbozmSqO9QstDg

The link works until 14 Dec 2026, 21:55 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council por los Derechos Humanos
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Peña, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Peña,</p>
<p>You asked to add <strong>Council por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1N30.axcrRA.l3Qr0w3xlZ5MRzbozmSqO9QstDg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1N30.axcrRA.l3Qr0w3xlZ5MRzbozmSqO9QstDg</p>
<p>The link works until 14 Dec 2026, 21:55 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688351.18159.8527667824474326800@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:55:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:55:16.000000',1,'2026-12-07 21:55:16.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(52,'firmante051@org051.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Núñez,

You asked to add Observatorio for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1OH0.axcrkA.fA7zQfYyVxi3EH391K8Cw9_HGAU

The link works until 14 Dec 2026, 21:56 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio for Migrant Justice
  Category: National Organizations
  Location: San Diego, CA, United States
  Website: https://org051.example.org
  Signed by: Zoë Núñez, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Núñez,</p>
<p>You asked to add <strong>Observatorio for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1OH0.axcrkA.fA7zQfYyVxi3EH391K8Cw9_HGAU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1OH0.axcrkA.fA7zQfYyVxi3EH391K8Cw9_HGAU</p>
<p>The link works until 14 Dec 2026, 21:56 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org051.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688362.18159.6576683213693906749@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:56:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:56:32.000000',1,'2026-12-07 21:56:32.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(53,'firmante052@org052.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Øster,

You asked to add Red for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1OX0.axcr3A.3uNmgEK027RgXi_oFxrPBqUaOgU

The link works until 14 Dec 2026, 21:57 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Refugee Rights
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Øster, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Øster,</p>
<p>You asked to add <strong>Red for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo1OX0.axcr3A.3uNmgEK027RgXi_oFxrPBqUaOgU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1OX0.axcr3A.3uNmgEK027RgXi_oFxrPBqUaOgU</p>
<p>The link works until 14 Dec 2026, 21:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Øster, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688370.18159.9517748258936743553@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:57:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:57:48.000000',1,'2026-12-07 21:57:48.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(54,'firmante053@org053.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile O''Brien,

You asked to add Centro Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2MH0.axcsKA.g5d-fiyuSoRZkQO27JoW6R0tew4

The link works until 14 Dec 2026, 21:59 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro Frontera Digna
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile O''Brien, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile O&#39;Brien,</p>
<p>You asked to add <strong>Centro Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2MH0.axcsKA.g5d-fiyuSoRZkQO27JoW6R0tew4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2MH0.axcsKA.g5d-fiyuSoRZkQO27JoW6R0tew4</p>
<p>The link works until 14 Dec 2026, 21:59 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688377.18159.7409936735419169548@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:59:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:59:04.000000',1,'2026-12-07 21:59:04.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(55,'firmante054@org054.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño 山田,

You asked to add Coalición for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2MX0.axcsdA.ioNm9nKD-0Vt7aQBkRgBD7ngiNI

The link works until 14 Dec 2026, 22:00 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición for Border Solidarity
  Category: National Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org054.example.org
  Signed by: Nuño 山田, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño 山田,</p>
<p>You asked to add <strong>Coalición for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2MX0.axcsdA.ioNm9nKD-0Vt7aQBkRgBD7ngiNI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2MX0.axcsdA.ioNm9nKD-0Vt7aQBkRgBD7ngiNI</p>
<p>The link works until 14 Dec 2026, 22:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org054.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688382.18159.15608623666403822278@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:00:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:00:20.000000',1,'2026-12-07 22:00:20.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(56,'firmante055@org055.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Martínez,

You asked to add Alliance Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2Mn0.axcswA.h2qNdIvTar9CxGLpvxKbQhFFxv0

The link works until 14 Dec 2026, 22:01 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance Jesuita con Migrantes
  Category: International Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Martínez, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Martínez,</p>
<p>You asked to add <strong>Alliance Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2Mn0.axcswA.h2qNdIvTar9CxGLpvxKbQhFFxv0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2Mn0.axcswA.h2qNdIvTar9CxGLpvxKbQhFFxv0</p>
<p>The link works until 14 Dec 2026, 22:01 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688388.18159.14024632394183492404@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:01:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:01:36.000000',1,'2026-12-07 22:01:36.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(57,'firmante056@org056.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Haddad,

You asked to add Network de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2M30.axctDA.nEK_VKh-lMiEkQrcm-_dHOt2gdU

The link works until 14 Dec 2026, 22:02 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network de Mujeres Migrantes
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima Haddad, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Haddad,</p>
<p>You asked to add <strong>Network de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2M30.axctDA.nEK_VKh-lMiEkQrcm-_dHOt2gdU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2M30.axctDA.nEK_VKh-lMiEkQrcm-_dHOt2gdU</p>
<p>The link works until 14 Dec 2026, 22:02 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688403.18159.8309731496399723047@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:02:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:02:52.000000',1,'2026-12-07 22:02:52.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(58,'firmante057@org057.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Dubois,

You asked to add Fundación for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2NH0.axctWA.p4kyHqqKdWG3H2N_2-OTp_mAhE0

The link works until 14 Dec 2026, 22:04 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación for Asylum Seekers
  Category: National Organizations
  Location: Madrid, España
  Website: https://org057.example.org
  Signed by: Sakura Dubois, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Dubois,</p>
<p>You asked to add <strong>Fundación for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2NH0.axctWA.p4kyHqqKdWG3H2N_2-OTp_mAhE0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2NH0.axctWA.p4kyHqqKdWG3H2N_2-OTp_mAhE0</p>
<p>The link works until 14 Dec 2026, 22:04 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org057.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688408.18159.4391604308001621483@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:04:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:04:08.000000',1,'2026-12-07 22:04:08.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(59,'firmante058@org058.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Иванова,

You asked to add Comité Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2NX0.axctpA.miOy-vWwSkbqTgI7IRB3hJmf9bE

The link works until 14 Dec 2026, 22:05 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité Niñez sin Fronteras
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Иванова, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Иванова,</p>
<p>You asked to add <strong>Comité Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2NX0.axctpA.miOy-vWwSkbqTgI7IRB3hJmf9bE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2NX0.axctpA.miOy-vWwSkbqTgI7IRB3hJmf9bE</p>
<p>The link works until 14 Dec 2026, 22:05 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688424.18159.10500444315008999234@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:05:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:05:24.000000',1,'2026-12-07 22:05:24.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(60,'firmante059@org059.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki García,

You asked to add Institute for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2Nn0.axct0A.uYfyQKifRqJn_Qga7MaZZaSudIw

The link works until 14 Dec 2026, 22:06 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute for Humane Borders
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki García, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki García,</p>
<p>You asked to add <strong>Institute for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2Nn0.axct0A.uYfyQKifRqJn_Qga7MaZZaSudIw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2Nn0.axct0A.uYfyQKifRqJn_Qga7MaZZaSudIw</p>
<p>The link works until 14 Dec 2026, 22:06 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki García, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688431.18159.6840080010771648103@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:06:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:06:08.000000',1,'2026-12-07 22:06:08.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(61,'firmante060@org060.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Müller,

You asked to add Colectivo de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2N30.axcuHA.CrlBS90MZeAqxX6yxo5N9NLH8u0

The link works until 14 Dec 2026, 22:07 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo de Defensoras Comunitarias
  Category: International Organizations
  Location: San Salvador, El Salvador
  Website: https://org060.example.org
  Signed by: Ana Müller, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Müller,</p>
<p>You asked to add <strong>Colectivo de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2N30.axcuHA.CrlBS90MZeAqxX6yxo5N9NLH8u0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2N30.axcuHA.CrlBS90MZeAqxX6yxo5N9NLH8u0</p>
<p>The link works until 14 Dec 2026, 22:07 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org060.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Müller, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688434.18159.433347057363658033@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:07:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:07:24.000000',1,'2026-12-07 22:07:24.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(62,'firmante061@org061.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Peña,

You asked to add Asociación por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2OH0.axcuaA.-VHORmerOY9E17tjpISO-z0rBdI

The link works until 14 Dec 2026, 22:08 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación por los Derechos Humanos
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José Peña, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Peña,</p>
<p>You asked to add <strong>Asociación por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2OH0.axcuaA.-VHORmerOY9E17tjpISO-z0rBdI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2OH0.axcuaA.-VHORmerOY9E17tjpISO-z0rBdI</p>
<p>The link works until 14 Dec 2026, 22:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688435.18159.1148410495946336802@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:08:40 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:08:40.000000',1,'2026-12-07 22:08:40.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(63,'firmante062@org062.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Núñez,

You asked to add Council for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2OX0.axcutA.bcNAIWrrr4HRpjLSQdYFJ5yL_-s

The link works until 14 Dec 2026, 22:09 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Migrant Justice
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Núñez, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Núñez,</p>
<p>You asked to add <strong>Council for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo2OX0.axcutA.bcNAIWrrr4HRpjLSQdYFJ5yL_-s" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2OX0.axcutA.bcNAIWrrr4HRpjLSQdYFJ5yL_-s</p>
<p>The link works until 14 Dec 2026, 22:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688437.18159.1059612499258445117@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:09:56 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:09:56.000000',1,'2026-12-07 22:09:56.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(64,'firmante063@org063.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Øster,

You asked to add Observatorio de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3MH0.axcvAA.WTeNaDgH0FpYtlJ7wgfNEiftJ2w

The link works until 14 Dec 2026, 22:11 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio de Apoyo al Migrante
  Category: National Organizations
  Location: San Diego, CA, United States
  Website: https://org063.example.org
  Signed by: Zoë Øster, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Øster,</p>
<p>You asked to add <strong>Observatorio de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3MH0.axcvAA.WTeNaDgH0FpYtlJ7wgfNEiftJ2w" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3MH0.axcvAA.WTeNaDgH0FpYtlJ7wgfNEiftJ2w</p>
<p>The link works until 14 Dec 2026, 22:11 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org063.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688439.18159.3469160016163913371@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:11:12 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:11:12.000000',1,'2026-12-07 22:11:12.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(65,'firmante064@org064.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José O''Brien,

You asked to add Red Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3MX0.axcvTA.bUqczS1MWkVBjttjLVo7zWtpoZM

The link works until 14 Dec 2026, 22:12 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red Frontera Digna
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José O''Brien, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José O&#39;Brien,</p>
<p>You asked to add <strong>Red Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3MX0.axcvTA.bUqczS1MWkVBjttjLVo7zWtpoZM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3MX0.axcvTA.bUqczS1MWkVBjttjLVo7zWtpoZM</p>
<p>The link works until 14 Dec 2026, 22:12 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688440.18159.133895976378841161@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:12:28 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:12:28.000000',1,'2026-12-07 22:12:28.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(66,'firmante065@org065.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile 山田,

You asked to add Centro for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3Mn0.axcvmA.SmjGFlcwGD6KTP1WIjWEr-IFl0w

The link works until 14 Dec 2026, 22:13 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Border Solidarity
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile 山田, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile 山田,</p>
<p>You asked to add <strong>Centro for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3Mn0.axcvmA.SmjGFlcwGD6KTP1WIjWEr-IFl0w" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3Mn0.axcvmA.SmjGFlcwGD6KTP1WIjWEr-IFl0w</p>
<p>The link works until 14 Dec 2026, 22:13 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile 山田, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688442.18159.6106862070842282738@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:13:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:13:44.000000',1,'2026-12-07 22:13:44.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(67,'firmante066@org066.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Martínez,

You asked to add Coalición Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3M30.axcv5A.3Qc5CrpFhOfTbuYDm2cLQvKKtt4

The link works until 14 Dec 2026, 22:15 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición Jesuita con Migrantes
  Category: National Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org066.example.org
  Signed by: Nuño Martínez, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Martínez,</p>
<p>You asked to add <strong>Coalición Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3M30.axcv5A.3Qc5CrpFhOfTbuYDm2cLQvKKtt4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3M30.axcv5A.3Qc5CrpFhOfTbuYDm2cLQvKKtt4</p>
<p>The link works until 14 Dec 2026, 22:15 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org066.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Martínez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688444.18159.3131740521407186767@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:15:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:15:00.000000',1,'2026-12-07 22:15:00.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(68,'firmante067@org067.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Haddad,

You asked to add Alliance de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3NH0.axcwMA.KC5TBVEPCTyEJvezokB0iQcebac

The link works until 14 Dec 2026, 22:16 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance de Mujeres Migrantes
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Haddad, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Haddad,</p>
<p>You asked to add <strong>Alliance de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3NH0.axcwMA.KC5TBVEPCTyEJvezokB0iQcebac" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3NH0.axcwMA.KC5TBVEPCTyEJvezokB0iQcebac</p>
<p>The link works until 14 Dec 2026, 22:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Haddad, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688446.18159.4097787098851580268@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:16:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:16:16.000000',1,'2026-12-07 22:16:16.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(69,'firmante068@org068.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Dubois,

You asked to add Network for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3NX0.axcwXA.ogpYGzSyjHxOwNTp6-S9b6ZkOD4

The link works until 14 Dec 2026, 22:17 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network for Asylum Seekers
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima Dubois, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Dubois,</p>
<p>You asked to add <strong>Network for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3NX0.axcwXA.ogpYGzSyjHxOwNTp6-S9b6ZkOD4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3NX0.axcwXA.ogpYGzSyjHxOwNTp6-S9b6ZkOD4</p>
<p>The link works until 14 Dec 2026, 22:17 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Dubois, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688447.18159.8539062787329528819@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:17:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:17:00.000000',1,'2026-12-07 22:17:00.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(70,'firmante069@org069.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Иванова,

You asked to add Fundación Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3Nn0.axcwqA.Sx0C9wGyr4EqoTYWYeydI-U0zXY

The link works until 14 Dec 2026, 22:18 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación Niñez sin Fronteras
  Category: National Organizations
  Location: Madrid, España
  Website: https://org069.example.org
  Signed by: Sakura Иванова, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Иванова,</p>
<p>You asked to add <strong>Fundación Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3Nn0.axcwqA.Sx0C9wGyr4EqoTYWYeydI-U0zXY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3Nn0.axcwqA.Sx0C9wGyr4EqoTYWYeydI-U0zXY</p>
<p>The link works until 14 Dec 2026, 22:18 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org069.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Иванова, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688448.18159.16115079288574353669@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:18:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:18:16.000000',1,'2026-12-07 22:18:16.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(71,'firmante070@org070.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée García,

You asked to add Comité for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3N30.axcw9A.G6Rri8LFXQ41atY0eAUq8Ue2FuA

The link works until 14 Dec 2026, 22:19 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité for Humane Borders
  Category: International Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée García, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée García,</p>
<p>You asked to add <strong>Comité for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3N30.axcw9A.G6Rri8LFXQ41atY0eAUq8Ue2FuA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3N30.axcw9A.G6Rri8LFXQ41atY0eAUq8Ue2FuA</p>
<p>The link works until 14 Dec 2026, 22:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée García, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688451.18159.14448483141802952153@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:19:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:19:32.000000',1,'2026-12-07 22:19:32.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(72,'firmante071@org071.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Müller,

You asked to add Institute de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3OH0.axcxQA.JIERbNUI_Sx_tRLynCBDVoj6hl4

The link works until 14 Dec 2026, 22:20 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute de Defensoras Comunitarias
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Müller, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Müller,</p>
<p>You asked to add <strong>Institute de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3OH0.axcxQA.JIERbNUI_Sx_tRLynCBDVoj6hl4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3OH0.axcxQA.JIERbNUI_Sx_tRLynCBDVoj6hl4</p>
<p>The link works until 14 Dec 2026, 22:20 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Müller, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688453.18159.18116739325997676322@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:20:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:20:48.000000',1,'2026-12-07 22:20:48.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(73,'firmante072@org072.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Peña,

You asked to add Colectivo por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3OX0.axcxjA.C_NWtbacoZlmWXdMpDRfRZNsTfc

The link works until 14 Dec 2026, 22:22 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo por los Derechos Humanos
  Category: National Organizations
  Location: San Salvador, El Salvador
  Website: https://org072.example.org
  Signed by: Ana Peña, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Peña,</p>
<p>You asked to add <strong>Colectivo por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo3OX0.axcxjA.C_NWtbacoZlmWXdMpDRfRZNsTfc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3OX0.axcxjA.C_NWtbacoZlmWXdMpDRfRZNsTfc</p>
<p>The link works until 14 Dec 2026, 22:22 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org072.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Peña, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688454.18159.899738388037768195@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:22:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:22:04.000000',1,'2026-12-07 22:22:04.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(74,'firmante073@org073.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Núñez,

You asked to add Asociación for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4MH0.axcx2A._4IgqAZSsCwiTkoj4q-2qE8K5ug

The link works until 14 Dec 2026, 22:23 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Migrant Justice
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José Núñez, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Núñez,</p>
<p>You asked to add <strong>Asociación for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4MH0.axcx2A._4IgqAZSsCwiTkoj4q-2qE8K5ug" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4MH0.axcx2A._4IgqAZSsCwiTkoj4q-2qE8K5ug</p>
<p>The link works until 14 Dec 2026, 22:23 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Núñez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688455.18159.13325636466924623683@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:23:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:23:20.000000',1,'2026-12-07 22:23:20.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(75,'firmante074@org074.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Øster,

You asked to add Council de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4MX0.axcyJA.Jp6wLC_R6TgkdiNpPZ7Go-I7mHg

The link works until 14 Dec 2026, 22:24 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council de Apoyo al Migrante
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz Øster, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Øster,</p>
<p>You asked to add <strong>Council de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4MX0.axcyJA.Jp6wLC_R6TgkdiNpPZ7Go-I7mHg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4MX0.axcyJA.Jp6wLC_R6TgkdiNpPZ7Go-I7mHg</p>
<p>The link works until 14 Dec 2026, 22:24 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Øster, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688457.18159.9459133136908807965@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:24:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:24:36.000000',1,'2026-12-07 22:24:36.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(76,'firmante075@org075.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë O''Brien,

You asked to add Observatorio for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4Mn0.axcycA.khS7viN7DZaO-n7yfEX6Z7UtSqM

The link works until 14 Dec 2026, 22:25 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio for Refugee Rights
  Category: International Organizations
  Location: San Diego, CA, United States
  Website: https://org075.example.org
  Signed by: Zoë O''Brien, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë O&#39;Brien,</p>
<p>You asked to add <strong>Observatorio for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4Mn0.axcycA.khS7viN7DZaO-n7yfEX6Z7UtSqM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4Mn0.axcycA.khS7viN7DZaO-n7yfEX6Z7UtSqM</p>
<p>The link works until 14 Dec 2026, 22:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org075.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë O&#39;Brien, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688459.18159.8646451412564071249@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:25:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:25:52.000000',1,'2026-12-07 22:25:52.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(77,'firmante076@org076.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José 山田,

You asked to add Red for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4M30.axcyvA.zE5kjwtebABUWFFxZk7mwecTfKU

The link works until 14 Dec 2026, 22:27 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Border Solidarity
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José 山田, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José 山田,</p>
<p>You asked to add <strong>Red for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4M30.axcyvA.zE5kjwtebABUWFFxZk7mwecTfKU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4M30.axcyvA.zE5kjwtebABUWFFxZk7mwecTfKU</p>
<p>The link works until 14 Dec 2026, 22:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José 山田, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688461.18159.10282790582913318257@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:27:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:27:08.000000',1,'2026-12-07 22:27:08.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(78,'firmante077@org077.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Martínez,

You asked to add Centro Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4NH0.axcy6A.sx8oWENfHCEGSNHkdESTC7ASuzI

The link works until 14 Dec 2026, 22:27 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro Jesuita con Migrantes
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Martínez, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Martínez,</p>
<p>You asked to add <strong>Centro Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4NH0.axcy6A.sx8oWENfHCEGSNHkdESTC7ASuzI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4NH0.axcy6A.sx8oWENfHCEGSNHkdESTC7ASuzI</p>
<p>The link works until 14 Dec 2026, 22:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Martínez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688462.18159.4274404452619951812@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:27:52 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:27:52.000000',1,'2026-12-07 22:27:52.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(79,'firmante078@org078.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Haddad,

You asked to add Coalición de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4NX0.axczNA.sHXv60RglYSIl_f9aMEYNnAHNdk

The link works until 14 Dec 2026, 22:29 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición de Mujeres Migrantes
  Category: National Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org078.example.org
  Signed by: Nuño Haddad, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Haddad,</p>
<p>You asked to add <strong>Coalición de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4NX0.axczNA.sHXv60RglYSIl_f9aMEYNnAHNdk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4NX0.axczNA.sHXv60RglYSIl_f9aMEYNnAHNdk</p>
<p>The link works until 14 Dec 2026, 22:29 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org078.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Haddad, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688464.18159.4531986149010936373@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:29:08 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:29:08.000000',1,'2026-12-07 22:29:08.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(80,'firmante079@org079.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Dubois,

You asked to add Alliance for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4Nn0.axczgA.UQljsRllBW6Ryxzm6eSY5rVVyMs

The link works until 14 Dec 2026, 22:30 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Asylum Seekers
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Dubois, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Dubois,</p>
<p>You asked to add <strong>Alliance for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4Nn0.axczgA.UQljsRllBW6Ryxzm6eSY5rVVyMs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4Nn0.axczgA.UQljsRllBW6Ryxzm6eSY5rVVyMs</p>
<p>The link works until 14 Dec 2026, 22:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Dubois, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688465.18159.16403203255387386512@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:30:24 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:30:24.000000',1,'2026-12-07 22:30:24.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(81,'firmante100@org100.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Haddad,

You asked to add Red de Mujeres Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4N30.axczzA.ZtQVV32rxdVIl5MH7V9urSeSTpM

The link works until 14 Dec 2026, 22:31 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red de Mujeres Migrantes
  Category: Organizaciones de México
  Location: Tijuana, Baja California, México
  Signed by: María José Haddad, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Haddad,</p>
<p>You asked to add <strong>Red de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4N30.axczzA.ZtQVV32rxdVIl5MH7V9urSeSTpM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4N30.axczzA.ZtQVV32rxdVIl5MH7V9urSeSTpM</p>
<p>The link works until 14 Dec 2026, 22:31 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688468.18159.17218238949426468023@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:31:40 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:31:40.000000',1,'2026-12-07 22:31:40.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(82,'firmante101@org101.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Dubois,

You asked to add Centro for Asylum Seekers to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4OH0.axc0GA.SSmg5FDq4RIOKuFLtYNRILqFjGY

The link works until 14 Dec 2026, 22:32 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Asylum Seekers
  Category: Organizaciones de Centroamérica
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Dubois, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Dubois,</p>
<p>You asked to add <strong>Centro for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4OH0.axc0GA.SSmg5FDq4RIOKuFLtYNRILqFjGY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4OH0.axc0GA.SSmg5FDq4RIOKuFLtYNRILqFjGY</p>
<p>The link works until 14 Dec 2026, 22:32 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688471.18159.14633216189260844573@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:32:56 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:32:56.000000',1,'2026-12-07 22:32:56.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(83,'firmante102@org102.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño Иванова,

You asked to add Coalición Niñez sin Fronteras to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4OX0.axc0RA.a48w_LNuxH6xdB0UoBkmOfSTHIU

The link works until 14 Dec 2026, 22:33 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición Niñez sin Fronteras
  Category: Organizaciones internacionales
  Location: Tapachula, Chiapas, México
  Website: https://org102.example.org
  Signed by: Nuño Иванова, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Иванова,</p>
<p>You asked to add <strong>Coalición Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo4OX0.axc0RA.a48w_LNuxH6xdB0UoBkmOfSTHIU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4OX0.axc0RA.a48w_LNuxH6xdB0UoBkmOfSTHIU</p>
<p>The link works until 14 Dec 2026, 22:33 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org102.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688472.18159.3028314885169320783@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:33:40 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:33:40.000000',1,'2026-12-07 22:33:40.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(84,'firmante103@org103.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль García,

You asked to add Alliance for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5MH0.axc0kA.FARO1QPhnDZk-qe1UCRaDBiejro

The link works until 14 Dec 2026, 22:34 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Humane Borders
  Category: Organizaciones de México
  Location: Genève, Suisse
  Signed by: Айгуль García, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль García,</p>
<p>You asked to add <strong>Alliance for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5MH0.axc0kA.FARO1QPhnDZk-qe1UCRaDBiejro" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5MH0.axc0kA.FARO1QPhnDZk-qe1UCRaDBiejro</p>
<p>The link works until 14 Dec 2026, 22:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль García, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688474.18159.3891908214890342591@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:34:56 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:34:56.000000',1,'2026-12-07 22:34:56.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(85,'firmante104@org104.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Müller,

You asked to add Network de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5MX0.axc03A.FxiEk1Ctt5vvbGylabjk6IqIcw0

The link works until 14 Dec 2026, 22:36 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network de Defensoras Comunitarias
  Category: Organizaciones de Centroamérica
  Location: Tucson, AZ, United States
  Signed by: Fatima Müller, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Müller,</p>
<p>You asked to add <strong>Network de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5MX0.axc03A.FxiEk1Ctt5vvbGylabjk6IqIcw0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5MX0.axc03A.FxiEk1Ctt5vvbGylabjk6IqIcw0</p>
<p>The link works until 14 Dec 2026, 22:36 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Müller, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688477.18159.2138189883061514092@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:36:12 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:36:12.000000',1,'2026-12-07 22:36:12.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(86,'firmante105@org105.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Peña,

You asked to add Fundación por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5Mn0.axc1KA.KdIp7TwRHvie-e9WTKaZO0bi-SM

The link works until 14 Dec 2026, 22:37 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación por los Derechos Humanos
  Category: Organizaciones internacionales
  Location: Madrid, España
  Website: https://org105.example.org
  Signed by: Sakura Peña, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Peña,</p>
<p>You asked to add <strong>Fundación por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5Mn0.axc1KA.KdIp7TwRHvie-e9WTKaZO0bi-SM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5Mn0.axc1KA.KdIp7TwRHvie-e9WTKaZO0bi-SM</p>
<p>The link works until 14 Dec 2026, 22:37 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org105.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688479.18159.596192254374735463@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:37:28 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:37:28.000000',1,'2026-12-07 22:37:28.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(87,'firmante106@org106.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Renée Núñez,

You asked to add Comité for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5M30.axc1dA.honOv3bR3dCqn7osR6NmH0n2bWE

The link works until 14 Dec 2026, 22:38 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité for Migrant Justice
  Category: Organizaciones de México
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Núñez, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Núñez,</p>
<p>You asked to add <strong>Comité for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5M30.axc1dA.honOv3bR3dCqn7osR6NmH0n2bWE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5M30.axc1dA.honOv3bR3dCqn7osR6NmH0n2bWE</p>
<p>The link works until 14 Dec 2026, 22:38 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688480.18159.8711280384287199968@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:38:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:38:44.000000',1,'2026-12-07 22:38:44.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(88,'firmante107@org107.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Iñaki Øster,

You asked to add Institute de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5NH0.axc1wA._4XXP500rXC5BBfIqlEaoUHf-F0

The link works until 14 Dec 2026, 22:40 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute de Apoyo al Migrante
  Category: Organizaciones de Centroamérica
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Øster, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Øster,</p>
<p>You asked to add <strong>Institute de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5NH0.axc1wA._4XXP500rXC5BBfIqlEaoUHf-F0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5NH0.axc1wA._4XXP500rXC5BBfIqlEaoUHf-F0</p>
<p>The link works until 14 Dec 2026, 22:40 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688482.18159.17446091124328282902@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:40:00 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:40:00.000000',1,'2026-12-07 22:40:00.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(89,'firmante108@org108.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana O''Brien,

You asked to add Colectivo for Refugee Rights to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5NX0.axc17A.2kNmROrBHGH7IpKPbUsU_adXinU

The link works until 14 Dec 2026, 22:40 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo for Refugee Rights
  Category: Organizaciones internacionales
  Location: San Salvador, El Salvador
  Website: https://org108.example.org
  Signed by: Ana O''Brien, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana O&#39;Brien,</p>
<p>You asked to add <strong>Colectivo for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5NX0.axc17A.2kNmROrBHGH7IpKPbUsU_adXinU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5NX0.axc17A.2kNmROrBHGH7IpKPbUsU_adXinU</p>
<p>The link works until 14 Dec 2026, 22:40 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org108.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688483.18159.14377004755737570186@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:40:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:40:44.000000',1,'2026-12-07 22:40:44.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(90,'firmante109@org109.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José 山田,

You asked to add Asociación Frontera Digna to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5Nn0.axc2OA.cvh7Rl2XdHNvKQD49TqdXayaMGw

The link works until 14 Dec 2026, 22:42 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación Frontera Digna
  Category: Organizaciones de México
  Location: El Paso, TX, United States
  Signed by: José 山田, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José 山田,</p>
<p>You asked to add <strong>Asociación Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5Nn0.axc2OA.cvh7Rl2XdHNvKQD49TqdXayaMGw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5Nn0.axc2OA.cvh7Rl2XdHNvKQD49TqdXayaMGw</p>
<p>The link works until 14 Dec 2026, 22:42 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José 山田, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688485.18159.5813742590987709860@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:42:00 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:42:00.000000',1,'2026-12-07 22:42:00.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(91,'firmante110@org110.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Martínez,

You asked to add Council for Border Solidarity to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5N30.axc2hA.WY1yhzT9jTuNDZr9ccGorsvdSp4

The link works until 14 Dec 2026, 22:43 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Border Solidarity
  Category: Organizaciones de Centroamérica
  Location: Berlin, Deutschland
  Signed by: Łukasz Martínez, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Martínez,</p>
<p>You asked to add <strong>Council for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5N30.axc2hA.WY1yhzT9jTuNDZr9ccGorsvdSp4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5N30.axc2hA.WY1yhzT9jTuNDZr9ccGorsvdSp4</p>
<p>The link works until 14 Dec 2026, 22:43 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Martínez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688488.18159.8006174529889088627@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:43:16 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:43:16.000000',1,'2026-12-07 22:43:16.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(92,'firmante111@org111.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Haddad,

You asked to add Observatorio Jesuita con Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5OH0.axc20A.-x7Zw9BZQ8MTvD1k6gOyRyu-tl4

The link works until 14 Dec 2026, 22:44 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio Jesuita con Migrantes
  Category: Organizaciones internacionales
  Location: San Diego, CA, United States
  Website: https://org111.example.org
  Signed by: Zoë Haddad, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Haddad,</p>
<p>You asked to add <strong>Observatorio Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5OH0.axc20A.-x7Zw9BZQ8MTvD1k6gOyRyu-tl4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5OH0.axc20A.-x7Zw9BZQ8MTvD1k6gOyRyu-tl4</p>
<p>The link works until 14 Dec 2026, 22:44 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org111.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Haddad, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688490.18159.632905894626165060@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:44:32 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:44:32.000000',1,'2026-12-07 22:44:32.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(93,'firmante112@org112.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Dubois,

You asked to add Red for Asylum Seekers to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5OX0.axc3HA.bzbok0M1EaiCqvYwvxez0YHoiGg

The link works until 14 Dec 2026, 22:45 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Asylum Seekers
  Category: Organizaciones de México
  Location: Tijuana, Baja California, México
  Signed by: María José Dubois, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Dubois,</p>
<p>You asked to add <strong>Red for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjo5OX0.axc3HA.bzbok0M1EaiCqvYwvxez0YHoiGg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5OX0.axc3HA.bzbok0M1EaiCqvYwvxez0YHoiGg</p>
<p>The link works until 14 Dec 2026, 22:45 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Dubois, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688491.18159.13152493794375028563@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:45:48 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:45:48.000000',1,'2026-12-07 22:45:48.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(94,'firmante113@org113.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Иванова,

You asked to add Centro Niñez sin Fronteras to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDB9.axc3aA.Nsab4lmp_kYdqcHXctZS_yDcYCA

The link works until 14 Dec 2026, 22:47 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro Niñez sin Fronteras
  Category: Organizaciones de Centroamérica
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Иванова, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Иванова,</p>
<p>You asked to add <strong>Centro Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDB9.axc3aA.Nsab4lmp_kYdqcHXctZS_yDcYCA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDB9.axc3aA.Nsab4lmp_kYdqcHXctZS_yDcYCA</p>
<p>The link works until 14 Dec 2026, 22:47 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Иванова, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688493.18159.2340835968623140395@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:47:04 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:47:04.000000',1,'2026-12-07 22:47:04.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(95,'firmante114@org114.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño García,

You asked to add Coalición for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDF9.axc3lA.AHM3z2JSQql6wcLwBUHvV3EcVGw

The link works until 14 Dec 2026, 22:47 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición for Humane Borders
  Category: Organizaciones internacionales
  Location: Tapachula, Chiapas, México
  Website: https://org114.example.org
  Signed by: Nuño García, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño García,</p>
<p>You asked to add <strong>Coalición for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDF9.axc3lA.AHM3z2JSQql6wcLwBUHvV3EcVGw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDF9.axc3lA.AHM3z2JSQql6wcLwBUHvV3EcVGw</p>
<p>The link works until 14 Dec 2026, 22:47 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org114.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño García, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688494.18159.10013675912671249315@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:47:48 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:47:48.000000',1,'2026-12-07 22:47:48.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(96,'firmante115@org115.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Müller,

You asked to add Alliance de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDJ9.axc34A.IENbY1gr3mqz6VIfhgjTXGx9Skg

The link works until 14 Dec 2026, 22:49 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance de Defensoras Comunitarias
  Category: Organizaciones de México
  Location: Genève, Suisse
  Signed by: Айгуль Müller, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Müller,</p>
<p>You asked to add <strong>Alliance de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDJ9.axc34A.IENbY1gr3mqz6VIfhgjTXGx9Skg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDJ9.axc34A.IENbY1gr3mqz6VIfhgjTXGx9Skg</p>
<p>The link works until 14 Dec 2026, 22:49 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Müller, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688496.18159.13598398265430763067@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:49:04 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:49:04.000000',1,'2026-12-07 22:49:04.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(97,'firmante116@org116.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Peña,

You asked to add Network por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDN9.axc4LA.aXM9DbjjBmDgHr-4myBeNmCW2Yw

The link works until 14 Dec 2026, 22:50 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network por los Derechos Humanos
  Category: Organizaciones de Centroamérica
  Location: Tucson, AZ, United States
  Signed by: Fatima Peña, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Peña,</p>
<p>You asked to add <strong>Network por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDN9.axc4LA.aXM9DbjjBmDgHr-4myBeNmCW2Yw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDN9.axc4LA.aXM9DbjjBmDgHr-4myBeNmCW2Yw</p>
<p>The link works until 14 Dec 2026, 22:50 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Peña, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688497.18159.3032841703776938746@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:50:20 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:50:20.000000',1,'2026-12-07 22:50:20.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(98,'firmante117@org117.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Núñez,

You asked to add Fundación for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDR9.axc4eA.burGXseCCihYV5WW5Xc4o8FplrA

The link works until 14 Dec 2026, 22:51 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación for Migrant Justice
  Category: Organizaciones internacionales
  Location: Madrid, España
  Website: https://org117.example.org
  Signed by: Sakura Núñez, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Núñez,</p>
<p>You asked to add <strong>Fundación for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDR9.axc4eA.burGXseCCihYV5WW5Xc4o8FplrA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDR9.axc4eA.burGXseCCihYV5WW5Xc4o8FplrA</p>
<p>The link works until 14 Dec 2026, 22:51 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org117.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Núñez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688499.18159.10543110541638020055@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:51:36 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:51:36.000000',1,'2026-12-07 22:51:36.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(99,'firmante118@org118.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Renée Øster,

You asked to add Comité de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDV9.axc4xA.8caHBD7TVFD7ZzD78jInfwyh-ug

The link works until 14 Dec 2026, 22:52 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité de Apoyo al Migrante
  Category: Organizaciones de México
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Øster, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Øster,</p>
<p>You asked to add <strong>Comité de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDV9.axc4xA.8caHBD7TVFD7ZzD78jInfwyh-ug" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDV9.axc4xA.8caHBD7TVFD7ZzD78jInfwyh-ug</p>
<p>The link works until 14 Dec 2026, 22:52 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Øster, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688501.18159.13960276361615437630@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:52:52 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:52:52.000000',1,'2026-12-07 22:52:52.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(100,'firmante119@org119.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Iñaki O''Brien,

You asked to add Institute for Refugee Rights to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDZ9.axc5EA.6WLWu6fj9GbkIiJN_fyHJRnRk8I

The link works until 14 Dec 2026, 22:54 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute for Refugee Rights
  Category: Organizaciones de Centroamérica
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki O''Brien, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki O&#39;Brien,</p>
<p>You asked to add <strong>Institute for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDZ9.axc5EA.6WLWu6fj9GbkIiJN_fyHJRnRk8I" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDZ9.axc5EA.6WLWu6fj9GbkIiJN_fyHJRnRk8I</p>
<p>The link works until 14 Dec 2026, 22:54 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki O&#39;Brien, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688505.18159.15615479572788729724@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:54:08 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:54:08.000000',1,'2026-12-07 22:54:08.000000',NULL,'','2026-12-07 23:08:28.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(101,'firmante120@org120.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana 山田,

You asked to add Colectivo Frontera Digna to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDd9.axc5PA.MHWisla9l8jPBQkQPBNNFYtRAPU

The link works until 14 Dec 2026, 22:54 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo Frontera Digna
  Category: Organizaciones internacionales
  Location: San Salvador, El Salvador
  Website: https://org120.example.org
  Signed by: Ana 山田, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana 山田,</p>
<p>You asked to add <strong>Colectivo Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDd9.axc5PA.MHWisla9l8jPBQkQPBNNFYtRAPU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDd9.axc5PA.MHWisla9l8jPBQkQPBNNFYtRAPU</p>
<p>The link works until 14 Dec 2026, 22:54 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org120.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana 山田, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688507.18159.6495001634529826381@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:54:52 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:54:52.000000',1,'2026-12-07 22:54:52.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(102,'firmante121@org121.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José Martínez,

You asked to add Asociación for Border Solidarity to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDh9.axc5iA.V8eWC2oWiq4za5d31auIuiewIIE

The link works until 14 Dec 2026, 22:56 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Border Solidarity
  Category: Organizaciones de México
  Location: El Paso, TX, United States
  Signed by: José Martínez, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Martínez,</p>
<p>You asked to add <strong>Asociación for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDh9.axc5iA.V8eWC2oWiq4za5d31auIuiewIIE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDh9.axc5iA.V8eWC2oWiq4za5d31auIuiewIIE</p>
<p>The link works until 14 Dec 2026, 22:56 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Martínez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688511.18159.16939779808532194593@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:56:08 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:56:08.000000',1,'2026-12-07 22:56:08.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(103,'firmante122@org122.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Haddad,

You asked to add Council Jesuita con Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDl9.axc51A.v_Hy97aO9lEUI-K_l-GbezY4e4A

The link works until 14 Dec 2026, 22:57 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council Jesuita con Migrantes
  Category: Organizaciones de Centroamérica
  Location: Berlin, Deutschland
  Signed by: Łukasz Haddad, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Haddad,</p>
<p>You asked to add <strong>Council Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDl9.axc51A.v_Hy97aO9lEUI-K_l-GbezY4e4A" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDl9.axc51A.v_Hy97aO9lEUI-K_l-GbezY4e4A</p>
<p>The link works until 14 Dec 2026, 22:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Haddad, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688515.18159.16706691812916599720@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:57:24 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:57:24.000000',1,'2026-12-07 22:57:24.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(104,'firmante123@org123.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Dubois,

You asked to add Observatorio de Mujeres Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTB9.axc6IA.BwEeiQ9Z8GJAMp1AyYnNo2__jT0

The link works until 14 Dec 2026, 22:58 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio de Mujeres Migrantes
  Category: Organizaciones internacionales
  Location: San Diego, CA, United States
  Website: https://org123.example.org
  Signed by: Zoë Dubois, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Dubois,</p>
<p>You asked to add <strong>Observatorio de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTB9.axc6IA.BwEeiQ9Z8GJAMp1AyYnNo2__jT0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTB9.axc6IA.BwEeiQ9Z8GJAMp1AyYnNo2__jT0</p>
<p>The link works until 14 Dec 2026, 22:58 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org123.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Dubois, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688518.18159.8586930892092639175@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:58:40 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:58:40.000000',1,'2026-12-07 22:58:40.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(105,'firmante124@org124.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Иванова,

You asked to add Red Niñez sin Fronteras to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTF9.axc6bA.ZsWn7F7gzgU9gP2pSfnewXHKIzU

The link works until 14 Dec 2026, 22:59 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red Niñez sin Fronteras
  Category: Organizaciones de México
  Location: Tijuana, Baja California, México
  Signed by: María José Иванова, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Иванова,</p>
<p>You asked to add <strong>Red Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTF9.axc6bA.ZsWn7F7gzgU9gP2pSfnewXHKIzU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTF9.axc6bA.ZsWn7F7gzgU9gP2pSfnewXHKIzU</p>
<p>The link works until 14 Dec 2026, 22:59 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Иванова, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688522.18159.17992792718486216478@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:59:56 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:59:56.000000',1,'2026-12-07 22:59:56.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(106,'firmante125@org125.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile García,

You asked to add Centro for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTJ9.axc6uA.5yl2-UKdStU8xc6HQLPeYOfMAqU

The link works until 14 Dec 2026, 23:01 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro for Humane Borders
  Category: Organizaciones de Centroamérica
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile García, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile García,</p>
<p>You asked to add <strong>Centro for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTJ9.axc6uA.5yl2-UKdStU8xc6HQLPeYOfMAqU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTJ9.axc6uA.5yl2-UKdStU8xc6HQLPeYOfMAqU</p>
<p>The link works until 14 Dec 2026, 23:01 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile García, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688526.18159.12955758287881958296@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:01:12 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:01:12.000000',1,'2026-12-07 23:01:12.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(107,'firmante126@org126.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño Müller,

You asked to add Coalición de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTN9.axc65A.gN14dmvXeIwJWAZcvXFnDoZ4GRo

The link works until 14 Dec 2026, 23:01 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición de Defensoras Comunitarias
  Category: Organizaciones internacionales
  Location: Tapachula, Chiapas, México
  Website: https://org126.example.org
  Signed by: Nuño Müller, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Müller,</p>
<p>You asked to add <strong>Coalición de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTN9.axc65A.gN14dmvXeIwJWAZcvXFnDoZ4GRo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTN9.axc65A.gN14dmvXeIwJWAZcvXFnDoZ4GRo</p>
<p>The link works until 14 Dec 2026, 23:01 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org126.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688528.18159.5395416656056941351@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:01:56 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:01:56.000000',1,'2026-12-07 23:01:56.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(108,'firmante127@org127.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Peña,

You asked to add Alliance por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTR9.axc7MA.3XEgjhARlbFbCDbX2weXw3bC0WI

The link works until 14 Dec 2026, 23:03 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance por los Derechos Humanos
  Category: Organizaciones de México
  Location: Genève, Suisse
  Signed by: Айгуль Peña, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Peña,</p>
<p>You asked to add <strong>Alliance por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTR9.axc7MA.3XEgjhARlbFbCDbX2weXw3bC0WI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTR9.axc7MA.3XEgjhARlbFbCDbX2weXw3bC0WI</p>
<p>The link works until 14 Dec 2026, 23:03 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688531.18159.14995813337020225258@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:03:12 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:03:12.000000',1,'2026-12-07 23:03:12.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(109,'firmante128@org128.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Núñez,

You asked to add Network for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTV9.axc7fA.TJmzv0fb66OfO0COmbGzC6dDsUM

The link works until 14 Dec 2026, 23:04 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network for Migrant Justice
  Category: Organizaciones de Centroamérica
  Location: Tucson, AZ, United States
  Signed by: Fatima Núñez, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Núñez,</p>
<p>You asked to add <strong>Network for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTV9.axc7fA.TJmzv0fb66OfO0COmbGzC6dDsUM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTV9.axc7fA.TJmzv0fb66OfO0COmbGzC6dDsUM</p>
<p>The link works until 14 Dec 2026, 23:04 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688536.18159.7166335925769645661@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:04:28 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:04:28.000000',1,'2026-12-07 23:04:28.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(110,'firmante129@org129.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Øster,

You asked to add Fundación de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTZ9.axc7yA.selIlAQjsNPQB6GNDhmTQlDhyfM

The link works until 14 Dec 2026, 23:05 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación de Apoyo al Migrante
  Category: Organizaciones internacionales
  Location: Madrid, España
  Website: https://org129.example.org
  Signed by: Sakura Øster, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Øster,</p>
<p>You asked to add <strong>Fundación de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTZ9.axc7yA.selIlAQjsNPQB6GNDhmTQlDhyfM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTZ9.axc7yA.selIlAQjsNPQB6GNDhmTQlDhyfM</p>
<p>The link works until 14 Dec 2026, 23:05 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org129.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688539.18159.5218055600516101513@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:05:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:05:44.000000',1,'2026-12-07 23:05:44.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(111,'rebote@casasaltillo.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Alberto Xicoténcatl,

You asked to add Casa del Migrante Saltillo to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTd9.axc8FA.2ofg-zo6dOM7LLibaI1Hb_yCvEg

The link works until 14 Dec 2026, 23:07 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Casa del Migrante Saltillo
  Category: State and Local Organizations
  Location: Saltillo, Coahuila, México
  Signed by: Alberto Xicoténcatl, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Alberto Xicoténcatl,</p>
<p>You asked to add <strong>Casa del Migrante Saltillo</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTd9.axc8FA.2ofg-zo6dOM7LLibaI1Hb_yCvEg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTd9.axc8FA.2ofg-zo6dOM7LLibaI1Hb_yCvEg</p>
<p>The link works until 14 Dec 2026, 23:07 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Casa del Migrante Saltillo</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Saltillo, Coahuila, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Alberto Xicoténcatl, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688541.18159.4227012475118626402@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:07:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 23:07:00.000000',1,'2026-12-07 23:07:00.000000',NULL,'recipient refused: {''rebote@casasaltillo.example.org'': (550, b''5.1.1 No such mailbox here'')}',NULL,'2026-12-08 00:34:48.000000','');
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
</body></html>','{"Message-ID": "<179667688543.18159.13694185228090113781@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:07:44 +0000", "Auto-Submitted": "auto-generated"}','already_signed',1,'2026-12-07 23:07:44.000000',1,'2026-12-07 23:07:44.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(113,'firmante004@org004.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José García,

You asked to add The Border Justice Project to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMX0.axdKgQ.8En4cTTFSPYx0ihQzUk_227NdPo

The link works until 15 Dec 2026, 00:08 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: The Border Justice Project
  Category: State and Local Organizations
  Location: Washington, DC, United States
  Signed by: María José García, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José García,</p>
<p>You asked to add <strong>The Border Justice Project</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMX0.axdKgQ.8En4cTTFSPYx0ihQzUk_227NdPo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMX0.axdKgQ.8En4cTTFSPYx0ihQzUk_227NdPo</p>
<p>The link works until 15 Dec 2026, 00:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>The Border Justice Project</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José García, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688628.18159.8122861141444930423@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:08:33 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:08:33.000000',1,'2026-12-08 00:08:33.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(114,'firmante013@org013.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Dubois,

You asked to add Centro de Derechos Humanos Fray Matías de Córdova to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMH0.axdKhA.ON-iA7GEO-WufyI1UgfMlKTWNFM

The link works until 15 Dec 2026, 00:08 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Derechos Humanos Fray Matías de Córdova
  Category: State and Local Organizations
  Location: Tapachula, Chiapas, México
  Signed by: José Dubois, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Dubois,</p>
<p>You asked to add <strong>Centro de Derechos Humanos Fray Matías de Córdova</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoyMH0.axdKhA.ON-iA7GEO-WufyI1UgfMlKTWNFM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMH0.axdKhA.ON-iA7GEO-WufyI1UgfMlKTWNFM</p>
<p>The link works until 15 Dec 2026, 00:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Derechos Humanos Fray Matías de Córdova</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688630.18159.6888499600649926708@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:08:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:08:36.000000',1,'2026-12-08 00:08:36.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(115,'firmante080@org080.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Иванова,

You asked to add Network Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTh9.axdKsA.59OLcHqf2HpesGdbIyQhr7YL9Mw

The link works until 15 Dec 2026, 00:09 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network Niñez sin Fronteras
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima Иванова, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Иванова,</p>
<p>You asked to add <strong>Network Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTh9.axdKsA.59OLcHqf2HpesGdbIyQhr7YL9Mw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTh9.axdKsA.59OLcHqf2HpesGdbIyQhr7YL9Mw</p>
<p>The link works until 15 Dec 2026, 00:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Иванова, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688631.18159.15940922606074966805@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:09:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:09:20.000000',1,'2026-12-08 00:09:20.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(116,'firmante081@org081.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura García,

You asked to add Fundación for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTl9.axdK_A.Si6rx8TNqS6DtbV4qT3MZg3H9l0

The link works until 15 Dec 2026, 00:10 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación for Humane Borders
  Category: National Organizations
  Location: Madrid, España
  Website: https://org081.example.org
  Signed by: Sakura García, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura García,</p>
<p>You asked to add <strong>Fundación for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTl9.axdK_A.Si6rx8TNqS6DtbV4qT3MZg3H9l0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTl9.axdK_A.Si6rx8TNqS6DtbV4qT3MZg3H9l0</p>
<p>The link works until 15 Dec 2026, 00:10 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org081.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura García, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688633.18159.7251124000127552136@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:10:36 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:10:36.000000',1,'2026-12-08 00:10:36.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(117,'firmante082@org082.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Müller,

You asked to add Comité de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjB9.axdLKA.66at67H0aF7uGuUvoz4ywnTOj80

The link works until 15 Dec 2026, 00:11 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité de Defensoras Comunitarias
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Müller, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Müller,</p>
<p>You asked to add <strong>Comité de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjB9.axdLKA.66at67H0aF7uGuUvoz4ywnTOj80" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjB9.axdLKA.66at67H0aF7uGuUvoz4ywnTOj80</p>
<p>The link works until 15 Dec 2026, 00:11 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688634.18159.136970631274553324@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:11:20 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:11:20.000000',1,'2026-12-08 00:11:20.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(118,'firmante083@org083.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Peña,

You asked to add Institute por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjF9.axdLVA.ncyPkWn9MScDLaX31mLJVRJlkBo

The link works until 15 Dec 2026, 00:12 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute por los Derechos Humanos
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Peña, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Peña,</p>
<p>You asked to add <strong>Institute por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjF9.axdLVA.ncyPkWn9MScDLaX31mLJVRJlkBo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjF9.axdLVA.ncyPkWn9MScDLaX31mLJVRJlkBo</p>
<p>The link works until 15 Dec 2026, 00:12 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688636.18159.12886715649515956533@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:12:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:12:04.000000',1,'2026-12-08 00:12:04.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(119,'firmante084@org084.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Núñez,

You asked to add Colectivo for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjJ9.axdLgA.5P5ixY4fOCNGgPRLSDHqmPfgjKk

The link works until 15 Dec 2026, 00:12 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo for Migrant Justice
  Category: National Organizations
  Location: San Salvador, El Salvador
  Website: https://org084.example.org
  Signed by: Ana Núñez, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Núñez,</p>
<p>You asked to add <strong>Colectivo for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjJ9.axdLgA.5P5ixY4fOCNGgPRLSDHqmPfgjKk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjJ9.axdLgA.5P5ixY4fOCNGgPRLSDHqmPfgjKk</p>
<p>The link works until 15 Dec 2026, 00:12 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org084.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688637.18159.8202597287327351008@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:12:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:12:48.000000',1,'2026-12-08 00:12:48.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(120,'firmante085@org085.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Øster,

You asked to add Asociación de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjN9.axdLzA.zNVHARdQw7WyUasUAL22XgsKpGE

The link works until 15 Dec 2026, 00:14 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación de Apoyo al Migrante
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José Øster, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Øster,</p>
<p>You asked to add <strong>Asociación de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjN9.axdLzA.zNVHARdQw7WyUasUAL22XgsKpGE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjN9.axdLzA.zNVHARdQw7WyUasUAL22XgsKpGE</p>
<p>The link works until 15 Dec 2026, 00:14 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688640.18159.10517752900026196814@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:14:04 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:14:04.000000',1,'2026-12-08 00:14:04.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(121,'firmante086@org086.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz O''Brien,

You asked to add Council for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjR9.axdL-A.dqc8JtH-1VmHlXOlnyO0ry7tCsE

The link works until 15 Dec 2026, 00:14 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council for Refugee Rights
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz O''Brien, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz O&#39;Brien,</p>
<p>You asked to add <strong>Council for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjR9.axdL-A.dqc8JtH-1VmHlXOlnyO0ry7tCsE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjR9.axdL-A.dqc8JtH-1VmHlXOlnyO0ry7tCsE</p>
<p>The link works until 15 Dec 2026, 00:14 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688642.18159.15762043254959378726@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:14:48 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:14:48.000000',1,'2026-12-08 00:14:48.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(122,'firmante087@org087.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë 山田,

You asked to add Observatorio Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjV9.axdMJA.f9Oyp3IVX0I9iqRJRbxsRCNGaNE

The link works until 15 Dec 2026, 00:15 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio Frontera Digna
  Category: National Organizations
  Location: San Diego, CA, United States
  Website: https://org087.example.org
  Signed by: Zoë 山田, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë 山田,</p>
<p>You asked to add <strong>Observatorio Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjV9.axdMJA.f9Oyp3IVX0I9iqRJRbxsRCNGaNE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjV9.axdMJA.f9Oyp3IVX0I9iqRJRbxsRCNGaNE</p>
<p>The link works until 15 Dec 2026, 00:15 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org087.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë 山田, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688643.18159.6560006813618476940@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:15:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:15:32.000000',1,'2026-12-08 00:15:32.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(123,'firmante088@org088.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Martínez,

You asked to add Red Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjZ9.axdMUA.PC4v4DbpA-mm6SCs_D5LUpLB9HA

The link works until 15 Dec 2026, 00:16 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red Jesuita con Migrantes
  Category: State and Local Organizations
  Location: Tijuana, Baja California, México
  Signed by: María José Martínez, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José Martínez,</p>
<p>You asked to add <strong>Red Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjZ9.axdMUA.PC4v4DbpA-mm6SCs_D5LUpLB9HA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjZ9.axdMUA.PC4v4DbpA-mm6SCs_D5LUpLB9HA</p>
<p>The link works until 15 Dec 2026, 00:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688645.18159.9759582149741359499@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:16:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:16:16.000000',1,'2026-12-08 00:16:16.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(124,'firmante089@org089.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Haddad,

You asked to add Centro de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjd9.axdMnA.WdzWpaFPf3mjnKeiD1PxbtlAayM

The link works until 15 Dec 2026, 00:17 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Mujeres Migrantes
  Category: International Organizations
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Haddad, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Haddad,</p>
<p>You asked to add <strong>Centro de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjd9.axdMnA.WdzWpaFPf3mjnKeiD1PxbtlAayM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjd9.axdMnA.WdzWpaFPf3mjnKeiD1PxbtlAayM</p>
<p>The link works until 15 Dec 2026, 00:17 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688647.18159.8580096423929455281@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:17:32 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:17:32.000000',1,'2026-12-08 00:17:32.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(125,'firmante090@org090.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Dubois,

You asked to add Coalición for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjh9.axdMyA.E4IahE4fjbZUHQEblhisdC9RzPk

The link works until 15 Dec 2026, 00:18 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición for Asylum Seekers
  Category: National Organizations
  Location: Tapachula, Chiapas, México
  Website: https://org090.example.org
  Signed by: Nuño Dubois, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Dubois,</p>
<p>You asked to add <strong>Coalición for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjh9.axdMyA.E4IahE4fjbZUHQEblhisdC9RzPk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjh9.axdMyA.E4IahE4fjbZUHQEblhisdC9RzPk</p>
<p>The link works until 15 Dec 2026, 00:18 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org090.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688648.18159.14715763386498470992@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:18:16 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:18:16.000000',1,'2026-12-08 00:18:16.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(126,'firmante091@org091.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Иванова,

You asked to add Alliance Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjl9.axdM9A.lGa7zBVPNmYpJFdu4cWXZfL1Sjo

The link works until 15 Dec 2026, 00:19 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance Niñez sin Fronteras
  Category: State and Local Organizations
  Location: Genève, Suisse
  Signed by: Айгуль Иванова, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Иванова,</p>
<p>You asked to add <strong>Alliance Niñez sin Fronteras</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjl9.axdM9A.lGa7zBVPNmYpJFdu4cWXZfL1Sjo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjl9.axdM9A.lGa7zBVPNmYpJFdu4cWXZfL1Sjo</p>
<p>The link works until 15 Dec 2026, 00:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688650.18159.18221658546552014282@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:19:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:19:00.000000',1,'2026-12-08 00:19:00.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(127,'firmante092@org092.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima García,

You asked to add Network for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzB9.axdNIA.QNAAl_419Uth6wno0MmOUPLdabs

The link works until 15 Dec 2026, 00:19 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network for Humane Borders
  Category: International Organizations
  Location: Tucson, AZ, United States
  Signed by: Fatima García, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima García,</p>
<p>You asked to add <strong>Network for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzB9.axdNIA.QNAAl_419Uth6wno0MmOUPLdabs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzB9.axdNIA.QNAAl_419Uth6wno0MmOUPLdabs</p>
<p>The link works until 15 Dec 2026, 00:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima García, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688651.18159.16535744402406283268@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:19:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:19:44.000000',1,'2026-12-08 00:19:44.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(128,'firmante093@org093.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Müller,

You asked to add Fundación de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzF9.axdNbA.JQTNSPJeV3Bw7toATXM2wAHOav0

The link works until 15 Dec 2026, 00:21 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Fundación de Defensoras Comunitarias
  Category: National Organizations
  Location: Madrid, España
  Website: https://org093.example.org
  Signed by: Sakura Müller, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Sakura Müller,</p>
<p>You asked to add <strong>Fundación de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzF9.axdNbA.JQTNSPJeV3Bw7toATXM2wAHOav0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzF9.axdNbA.JQTNSPJeV3Bw7toATXM2wAHOav0</p>
<p>The link works until 15 Dec 2026, 00:21 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org093.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688653.18159.16560085577110841965@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:21:00 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:21:00.000000',1,'2026-12-08 00:21:00.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(129,'firmante094@org094.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Peña,

You asked to add Comité por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzJ9.axdNmA.5d7w7awr_yVVNNRnT57U5tgTqpU

The link works until 15 Dec 2026, 00:21 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité por los Derechos Humanos
  Category: State and Local Organizations
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée Peña, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée Peña,</p>
<p>You asked to add <strong>Comité por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzJ9.axdNmA.5d7w7awr_yVVNNRnT57U5tgTqpU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzJ9.axdNmA.5d7w7awr_yVVNNRnT57U5tgTqpU</p>
<p>The link works until 15 Dec 2026, 00:21 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688654.18159.15737947874516610109@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:21:44 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:21:44.000000',1,'2026-12-08 00:21:44.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(130,'firmante130@org130.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Renée O''Brien,

You asked to add Comité for Refugee Rights to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzN9.axdNxA._ft8MN_Mpm3RaGmk-WF2ItO9Sd0

The link works until 15 Dec 2026, 00:22 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Comité for Refugee Rights
  Category: Organizaciones de Centroamérica
  Location: Ciudad de Guatemala, Guatemala
  Signed by: Renée O''Brien, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Renée O&#39;Brien,</p>
<p>You asked to add <strong>Comité for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzN9.axdNxA._ft8MN_Mpm3RaGmk-WF2ItO9Sd0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzN9.axdNxA._ft8MN_Mpm3RaGmk-WF2ItO9Sd0</p>
<p>The link works until 15 Dec 2026, 00:22 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688655.18159.17989538225345603627@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:22:28 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:22:28.000000',1,'2026-12-08 00:22:28.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(131,'firmante131@org131.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Iñaki 山田,

You asked to add Institute Frontera Digna to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzR9.axdOEA.nLTn3ng2mAk2Y4AA995kRNTIqrU

The link works until 15 Dec 2026, 00:23 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute Frontera Digna
  Category: Organizaciones internacionales
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki 山田, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki 山田,</p>
<p>You asked to add <strong>Institute Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzR9.axdOEA.nLTn3ng2mAk2Y4AA995kRNTIqrU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzR9.axdOEA.nLTn3ng2mAk2Y4AA995kRNTIqrU</p>
<p>The link works until 15 Dec 2026, 00:23 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki 山田, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688657.18159.2237941538754102374@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:23:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:23:44.000000',1,'2026-12-08 00:23:44.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(132,'firmante132@org132.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana Martínez,

You asked to add Colectivo for Border Solidarity to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzV9.axdOXA.gFSD9fhVsK3wZ2FJPM8Wv8re8fQ

The link works until 15 Dec 2026, 00:25 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo for Border Solidarity
  Category: Organizaciones de México
  Location: San Salvador, El Salvador
  Website: https://org132.example.org
  Signed by: Ana Martínez, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Martínez,</p>
<p>You asked to add <strong>Colectivo for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzV9.axdOXA.gFSD9fhVsK3wZ2FJPM8Wv8re8fQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzV9.axdOXA.gFSD9fhVsK3wZ2FJPM8Wv8re8fQ</p>
<p>The link works until 15 Dec 2026, 00:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org132.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688659.18159.14607894601141471778@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:25:00 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:25:00.000000',1,'2026-12-08 00:25:00.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(133,'firmante133@org133.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José Haddad,

You asked to add Asociación Jesuita con Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzZ9.axdOiA.uZwfAtN_zFeneYgegraIZh-xeNg

The link works until 15 Dec 2026, 00:25 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación Jesuita con Migrantes
  Category: Organizaciones de Centroamérica
  Location: El Paso, TX, United States
  Signed by: José Haddad, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José Haddad,</p>
<p>You asked to add <strong>Asociación Jesuita con Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzZ9.axdOiA.uZwfAtN_zFeneYgegraIZh-xeNg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzZ9.axdOiA.uZwfAtN_zFeneYgegraIZh-xeNg</p>
<p>The link works until 15 Dec 2026, 00:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688660.18159.3621178695366300504@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:25:44 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:25:44.000000',1,'2026-12-08 00:25:44.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(134,'firmante134@org134.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Dubois,

You asked to add Council de Mujeres Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzd9.axdO1A.QGji8iZeMVZ3mhfRybFKeVqpmqw

The link works until 15 Dec 2026, 00:27 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council de Mujeres Migrantes
  Category: Organizaciones internacionales
  Location: Berlin, Deutschland
  Signed by: Łukasz Dubois, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz Dubois,</p>
<p>You asked to add <strong>Council de Mujeres Migrantes</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzd9.axdO1A.QGji8iZeMVZ3mhfRybFKeVqpmqw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzd9.axdO1A.QGji8iZeMVZ3mhfRybFKeVqpmqw</p>
<p>The link works until 15 Dec 2026, 00:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688662.18159.18338401260761194721@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:27:00 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:27:00.000000',1,'2026-12-08 00:27:00.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(135,'firmante135@org135.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Иванова,

You asked to add Observatorio for Asylum Seekers to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzh9.axdPIA.s1VddE21bd8FMmWrjmYFQt_8LpY

The link works until 15 Dec 2026, 00:28 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio for Asylum Seekers
  Category: Organizaciones de México
  Location: San Diego, CA, United States
  Website: https://org135.example.org
  Signed by: Zoë Иванова, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Иванова,</p>
<p>You asked to add <strong>Observatorio for Asylum Seekers</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzh9.axdPIA.s1VddE21bd8FMmWrjmYFQt_8LpY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzh9.axdPIA.s1VddE21bd8FMmWrjmYFQt_8LpY</p>
<p>The link works until 15 Dec 2026, 00:28 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org135.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688665.18159.11462980881176548689@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:28:16 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:28:16.000000',1,'2026-12-08 00:28:16.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(136,'firmante136@org136.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José García,

You asked to add Red for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzl9.axdPTA.vo-jC9slqROKJgyLj7lKA8mI5GA

The link works until 15 Dec 2026, 00:29 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Red for Humane Borders
  Category: Organizaciones de Centroamérica
  Location: Tijuana, Baja California, México
  Signed by: María José García, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello María José García,</p>
<p>You asked to add <strong>Red for Humane Borders</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzl9.axdPTA.vo-jC9slqROKJgyLj7lKA8mI5GA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzl9.axdPTA.vo-jC9slqROKJgyLj7lKA8mI5GA</p>
<p>The link works until 15 Dec 2026, 00:29 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José García, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688666.18159.8487684812583664213@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:29:00 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:29:00.000000',1,'2026-12-08 00:29:00.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(137,'firmante137@org137.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Müller,

You asked to add Centro de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDB9.axdPmA.SJjai_vqEDeKfLoShvdDqFbMQgE

The link works until 15 Dec 2026, 00:30 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Centro de Defensoras Comunitarias
  Category: Organizaciones internacionales
  Location: San Pedro Sula, Cortés, Honduras
  Signed by: Émile Müller, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Müller,</p>
<p>You asked to add <strong>Centro de Defensoras Comunitarias</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDB9.axdPmA.SJjai_vqEDeKfLoShvdDqFbMQgE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDB9.axdPmA.SJjai_vqEDeKfLoShvdDqFbMQgE</p>
<p>The link works until 15 Dec 2026, 00:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688668.18159.15756757915636343991@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:30:16 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:30:16.000000',1,'2026-12-08 00:30:16.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(138,'firmante138@org138.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño Peña,

You asked to add Coalición por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDF9.axdP5A._BoGv8YJzIHT-tpDFBlKl2du7Ks

The link works until 15 Dec 2026, 00:31 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Coalición por los Derechos Humanos
  Category: Organizaciones de México
  Location: Tapachula, Chiapas, México
  Website: https://org138.example.org
  Signed by: Nuño Peña, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Nuño Peña,</p>
<p>You asked to add <strong>Coalición por los Derechos Humanos</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDF9.axdP5A._BoGv8YJzIHT-tpDFBlKl2du7Ks" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDF9.axdP5A._BoGv8YJzIHT-tpDFBlKl2du7Ks</p>
<p>The link works until 15 Dec 2026, 00:31 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org138.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688671.18159.11560684191706289310@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:31:32 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:31:32.000000',1,'2026-12-08 00:31:32.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(139,'firmante139@org139.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Núñez,

You asked to add Alliance for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDJ9.axdQEA.C8eihPuJKaGOIahpmRhJLbG3l84

The link works until 15 Dec 2026, 00:32 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Alliance for Migrant Justice
  Category: Organizaciones de Centroamérica
  Location: Genève, Suisse
  Signed by: Айгуль Núñez, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Айгуль Núñez,</p>
<p>You asked to add <strong>Alliance for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDJ9.axdQEA.C8eihPuJKaGOIahpmRhJLbG3l84" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDJ9.axdQEA.C8eihPuJKaGOIahpmRhJLbG3l84</p>
<p>The link works until 15 Dec 2026, 00:32 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688672.18159.15879986445637896831@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:32:16 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:32:16.000000',1,'2026-12-08 00:32:16.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(140,'firmante005@org005.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Müller,

You asked to add Ärzte für Menschenrechte to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDN9.axdQXA.5OAKulZozN_lk0M0fxmQcu728YI

The link works until 15 Dec 2026, 00:33 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Ärzte für Menschenrechte
  Category: Organizaciones internacionales
  Location: Köln, NRW, Deutschland
  Signed by: Émile Müller, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Émile Müller,</p>
<p>You asked to add <strong>Ärzte für Menschenrechte</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDN9.axdQXA.5OAKulZozN_lk0M0fxmQcu728YI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDN9.axdQXA.5OAKulZozN_lk0M0fxmQcu728YI</p>
<p>The link works until 15 Dec 2026, 00:33 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ärzte für Menschenrechte</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Köln, NRW, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688674.18159.7977487988246247961@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:33:32 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:33:32.000000',1,'2026-12-08 00:33:32.000000',NULL,'','2026-12-08 00:34:48.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(141,'firmante095@org095.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Núñez,

You asked to add Institute for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDR9.axdQrQ.jokNC7eH0st5EJut9LI2tskf-z4

The link works until 15 Dec 2026, 00:34 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Institute for Migrant Justice
  Category: International Organizations
  Location: Ciudad Juárez, Chihuahua, México
  Signed by: Iñaki Núñez, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Iñaki Núñez,</p>
<p>You asked to add <strong>Institute for Migrant Justice</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDR9.axdQrQ.jokNC7eH0st5EJut9LI2tskf-z4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDR9.axdQrQ.jokNC7eH0st5EJut9LI2tskf-z4</p>
<p>The link works until 15 Dec 2026, 00:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688699.18159.7152552376394776899@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:34:53 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:34:53.000000',0,'2026-12-08 00:34:53.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(142,'firmante096@org096.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Øster,

You asked to add Colectivo de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDV9.axdQ2Q.ESnlz23DabI06eAl0T8ZscL8L5o

The link works until 15 Dec 2026, 00:35 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Colectivo de Apoyo al Migrante
  Category: National Organizations
  Location: San Salvador, El Salvador
  Website: https://org096.example.org
  Signed by: Ana Øster, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Ana Øster,</p>
<p>You asked to add <strong>Colectivo de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDV9.axdQ2Q.ESnlz23DabI06eAl0T8ZscL8L5o" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDV9.axdQ2Q.ESnlz23DabI06eAl0T8ZscL8L5o</p>
<p>The link works until 15 Dec 2026, 00:35 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org096.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Øster, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688700.18159.14872153189024524521@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:35:37 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:35:37.000000',0,'2026-12-08 00:35:37.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(143,'firmante097@org097.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José O''Brien,

You asked to add Asociación for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDZ9.axdRBQ.qtpPUwud2fkI_5aFYSyOZ84DN_0

The link works until 15 Dec 2026, 00:36 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Asociación for Refugee Rights
  Category: State and Local Organizations
  Location: El Paso, TX, United States
  Signed by: José O''Brien, Coordinadora

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello José O&#39;Brien,</p>
<p>You asked to add <strong>Asociación for Refugee Rights</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDZ9.axdRBQ.qtpPUwud2fkI_5aFYSyOZ84DN_0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDZ9.axdRBQ.qtpPUwud2fkI_5aFYSyOZ84DN_0</p>
<p>The link works until 15 Dec 2026, 00:36 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688701.18159.10653358581009940050@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:36:21 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:36:21.000000',0,'2026-12-08 00:36:21.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(144,'firmante098@org098.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz 山田,

You asked to add Council Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDd9.axdRMQ.BI4ISzGle74jVWRkzOqfbx8G_as

The link works until 15 Dec 2026, 00:37 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Council Frontera Digna
  Category: International Organizations
  Location: Berlin, Deutschland
  Signed by: Łukasz 山田, Policy Officer

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Łukasz 山田,</p>
<p>You asked to add <strong>Council Frontera Digna</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDd9.axdRMQ.BI4ISzGle74jVWRkzOqfbx8G_as" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDd9.axdRMQ.BI4ISzGle74jVWRkzOqfbx8G_as</p>
<p>The link works until 15 Dec 2026, 00:37 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688702.18159.7840162081087773643@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:37:05 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:37:05.000000',0,'2026-12-08 00:37:05.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(145,'firmante099@org099.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Martínez,

You asked to add Observatorio for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDh9.axdRXQ.LUP2mb05KVbhH6M2kapLkD6kbJA

The link works until 15 Dec 2026, 00:37 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Observatorio for Border Solidarity
  Category: National Organizations
  Location: San Diego, CA, United States
  Website: https://org099.example.org
  Signed by: Zoë Martínez, Президент

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: coalition@lawg.example.org

The statement: http://signon.example.org/s/ngos-denounce-national-guard-actions','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Zoë Martínez,</p>
<p>You asked to add <strong>Observatorio for Border Solidarity</strong> to the statement <a href="http://signon.example.org/s/ngos-denounce-national-guard-actions">U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDh9.axdRXQ.LUP2mb05KVbhH6M2kapLkD6kbJA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDh9.axdRXQ.LUP2mb05KVbhH6M2kapLkD6kbJA</p>
<p>The link works until 15 Dec 2026, 00:37 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org099.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667688703.18159.17670491561078025248@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:37:49 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:37:49.000000',0,'2026-12-08 00:37:49.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(146,'firmante140@org140.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Øster,

You asked to add Network de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDl9.axdRiQ.FN9d8_dHefPKHBR9hUUFMEGYoPs

The link works until 15 Dec 2026, 00:38 UTC. Until you confirm, your
organization is not listed.

What you sent:
  Organization: Network de Apoyo al Migrante
  Category: Organizaciones de México
  Location: Tucson, AZ, United States
  Signed by: Fatima Øster, Director

If you did not ask for this, ignore this email: nothing is listed
without confirmation. Questions: accion-urgente@amnistia.example.org

The statement: http://signon.example.org/s/accion-urgente-guardia-nacional','<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Confirm your signature</title></head>
<body style="font-family: Arial, sans-serif; line-height: 1.5; color: #1a1a1a;">
<p>Hello Fatima Øster,</p>
<p>You asked to add <strong>Network de Apoyo al Migrante</strong> to the statement <a href="http://signon.example.org/s/accion-urgente-guardia-nacional">Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes</a>.</p>
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDl9.axdRiQ.FN9d8_dHefPKHBR9hUUFMEGYoPs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDl9.axdRiQ.FN9d8_dHefPKHBR9hUUFMEGYoPs</p>
<p>The link works until 15 Dec 2026, 00:38 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Øster, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667688704.18159.14172431857831055611@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:38:33 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:38:33.000000',0,'2026-12-08 00:38:33.000000',NULL,'',NULL,NULL,'');
CREATE TABLE signature (
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
	CONSTRAINT pk_signature PRIMARY KEY (id), 
	CONSTRAINT ck_signature_status CHECK (status IN ('pending', 'verified', 'rejected', 'withdrawn')), 
	CONSTRAINT fk_signature_category_id_category FOREIGN KEY(category_id) REFERENCES category (id), 
	CONSTRAINT fk_signature_statement_id_statement FOREIGN KEY(statement_id) REFERENCES statement (id) ON DELETE CASCADE, 
	CONSTRAINT uq_signature_statement_id_organization_key UNIQUE (statement_id, organization_key)
);
INSERT INTO "signature" VALUES(1,4,9,'The Border Justice Project','border justice project','Washington','DC','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:55:03.000000','2026-12-07 20:55:03.000000',NULL,'2026-12-07 20:55:03.000000','','');
INSERT INTO "signature" VALUES(2,4,11,'Ámbito Migrante','ambito migrante','Mexico City','','Mexico','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:55:03.000000','2026-12-07 20:55:03.000000',NULL,'2026-12-07 20:55:03.000000','','');
INSERT INTO "signature" VALUES(3,4,9,'Amnesty International USA','amnesty international usa','New York','NY','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:55:03.000000','2026-12-07 20:55:03.000000',NULL,'2026-12-07 20:55:03.000000','','');
INSERT INTO "signature" VALUES(4,4,10,'Kino Border Initiative','kino border initiative','Nogales','AZ','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:55:03.000000','2026-12-07 20:55:03.000000',NULL,'2026-12-07 20:55:03.000000','','');
INSERT INTO "signature" VALUES(5,4,10,'Hope Border Institute','hope border institute','El Paso','TX','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:55:03.000000','2026-12-07 20:55:03.000000',NULL,'2026-12-07 20:55:03.000000','','');
INSERT INTO "signature" VALUES(6,4,9,'Latin America Working Group','latin america working group','Washington','DC','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:55:03.000000','2026-12-07 20:55:03.000000',NULL,'2026-12-07 20:55:03.000000','','');
INSERT INTO "signature" VALUES(7,1,3,'Правозащитный центр «Мемориал»','правозащитныи центр мемориал','Москва','','Россия','https://org000.example.org','Firmamos en solidaridad con CAME.','Ana Martínez','Director','firmante000@org000.example.org',1,'verified','2026-12-07 20:55:08.000000','2026-12-07 20:55:52.000000','2026-12-07 20:55:52.000000','2026-12-07 20:55:52.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(8,1,2,'مركز الخليج لحقوق الإنسان','مركز الخليج لحقوق الإنسان','بيروت','','لبنان','','','José Haddad','Coordinadora','firmante001@org001.example.org',1,'verified','2026-12-07 20:56:24.000000','2026-12-07 20:57:08.000000','2026-12-07 20:57:08.000000','2026-12-07 20:57:08.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(9,1,3,'移民支援ネットワーク','移民支援ネットワーク','東京','','日本','','','Łukasz Dubois','Policy Officer','firmante002@org002.example.org',1,'verified','2026-12-07 20:57:40.000000','2026-12-07 20:58:24.000000','2026-12-07 20:58:24.000000','2026-12-07 20:58:24.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(10,1,1,'中国劳工通讯','中国劳工通讯','香港','','中国','https://org003.example.org','','Zoë Иванова','Президент','firmante003@org003.example.org',1,'verified','2026-12-07 20:58:56.000000','2026-12-07 20:59:40.000000','2026-12-07 20:59:40.000000','2026-12-07 20:59:40.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(11,1,2,'The Border Justice Project','border justice project','Washington','DC','United States','','','María José García','Director','firmante004@org004.example.org',1,'pending','2026-12-07 21:00:12.000000','2026-12-07 21:00:12.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(12,1,3,'Ärzte für Menschenrechte','arzte fur menschenrechte','Köln','NRW','Deutschland','','','Émile Müller','Coordinadora','firmante005@org005.example.org',1,'verified','2026-12-07 21:00:56.000000','2026-12-07 21:01:40.000000','2026-12-07 21:01:40.000000','2026-12-07 21:01:40.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(13,1,1,'Œuvre d''Entraide Œcuménique','œuvre dentraide œcumenique','Lyon','','France','https://org006.example.org','','Nuño Peña','Policy Officer','firmante006@org006.example.org',1,'verified','2026-12-07 21:02:12.000000','2026-12-07 21:02:56.000000','2026-12-07 21:02:56.000000','2026-12-07 21:02:56.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(14,1,2,'Ñañu Colectivo Indígena','nanu colectivo indigena','Oaxaca','Oaxaca','México','','','Айгуль Núñez','Президент','firmante007@org007.example.org',1,'verified','2026-12-07 21:03:28.000000','2026-12-07 21:04:12.000000','2026-12-07 21:04:12.000000','2026-12-07 21:04:12.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(15,1,3,'Asociación Pro Búsqueda de Niñas y Niños Desaparecidos','asociacion pro busqueda de ninas y ninos desaparecidos','San Salvador','','El Salvador','','','Fatima Øster','Director','firmante008@org008.example.org',1,'verified','2026-12-07 21:04:44.000000','2026-12-07 21:05:28.000000','2026-12-07 21:05:28.000000','2026-12-07 21:05:28.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(16,1,1,'Kino Border Initiative','kino border initiative','Nogales','AZ','United States','https://org009.example.org','','Sakura O''Brien','Coordinadora','firmante009@org009.example.org',1,'verified','2026-12-07 21:06:00.000000','2026-12-07 21:06:44.000000','2026-12-07 21:06:44.000000','2026-12-07 21:06:44.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(17,1,3,'Hope Border Institute','hope border institute','El Paso','TX','United States','','','Renée 山田','Policy Officer','firmante010@org010.example.org',1,'verified','2026-12-07 21:07:16.000000','2026-12-07 21:08:00.000000','2026-12-07 21:08:00.000000','2026-12-07 21:08:00.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(18,1,3,'Latin America Working Group','latin america working group','Washington','DC','United States','','Firmamos en solidaridad con CAME.','Iñaki Martínez','Президент','firmante011@org011.example.org',1,'verified','2026-12-07 21:08:32.000000','2026-12-07 21:09:16.000000','2026-12-07 21:09:16.000000','2026-12-07 21:09:16.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(19,1,1,'Washington Office on Latin America','washington office on latin america','Washington','DC','United States','https://org012.example.org','','Ana Haddad','Director','firmante012@org012.example.org',1,'verified','2026-12-07 21:09:48.000000','2026-12-07 21:10:32.000000','2026-12-07 21:10:32.000000','2026-12-07 21:10:32.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(20,1,2,'Centro de Derechos Humanos Fray Matías de Córdova','centro de derechos humanos fray matias de cordova','Tapachula','Chiapas','México','','','José Dubois','Coordinadora','firmante013@org013.example.org',1,'pending','2026-12-07 21:11:04.000000','2026-12-07 21:11:04.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(21,1,3,'Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo','iniciativa ciudadana para la promocion de la cultura del dialogo','Ciudad de México','','México','','','Łukasz Иванова','Policy Officer','firmante014@org014.example.org',1,'verified','2026-12-07 21:11:48.000000','2026-12-07 21:12:32.000000','2026-12-07 21:12:32.000000','2026-12-07 21:12:32.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(22,1,3,'L''Association des Amis des Migrants','lassociation des amis des migrants','Montréal','QC','Canada','https://org015.example.org','','Zoë García','Президент','firmante015@org015.example.org',1,'verified','2026-12-07 21:13:04.000000','2026-12-07 21:13:48.000000','2026-12-07 21:13:48.000000','2026-12-07 21:13:48.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(23,1,2,'Red por los Derechos Humanos','red por los derechos humanos','Tijuana','Baja California','México','','','María José Müller','Director','firmante016@org016.example.org',1,'verified','2026-12-07 21:14:20.000000','2026-12-07 21:15:04.000000','2026-12-07 21:15:04.000000','2026-12-07 21:15:04.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(24,1,3,'Centro for Migrant Justice','centro for migrant justice','San Pedro Sula','Cortés','Honduras','','','Émile Peña','Coordinadora','firmante017@org017.example.org',1,'verified','2026-12-07 21:15:36.000000','2026-12-07 21:16:20.000000','2026-12-07 21:16:20.000000','2026-12-07 21:16:20.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(25,1,1,'Coalición de Apoyo al Migrante','coalicion de apoyo al migrante','Tapachula','Chiapas','México','https://org018.example.org','','Nuño Núñez','Policy Officer','firmante018@org018.example.org',1,'verified','2026-12-07 21:16:52.000000','2026-12-07 21:17:36.000000','2026-12-07 21:17:36.000000','2026-12-07 21:17:36.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(26,1,2,'Alliance for Refugee Rights','alliance for refugee rights','Genève','','Suisse','','','Айгуль Øster','Президент','firmante019@org019.example.org',1,'verified','2026-12-07 21:18:08.000000','2026-12-07 21:18:52.000000','2026-12-07 21:18:52.000000','2026-12-07 21:18:52.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(27,1,3,'Network Frontera Digna','network frontera digna','Tucson','AZ','United States','','','Fatima O''Brien','Director','firmante020@org020.example.org',1,'verified','2026-12-07 21:19:24.000000','2026-12-07 21:20:08.000000','2026-12-07 21:20:08.000000','2026-12-07 21:20:08.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(28,1,1,'Fundación for Border Solidarity','fundacion for border solidarity','Madrid','','España','https://org021.example.org','','Sakura 山田','Coordinadora','firmante021@org021.example.org',1,'verified','2026-12-07 21:20:40.000000','2026-12-07 21:21:24.000000','2026-12-07 21:21:24.000000','2026-12-07 21:21:24.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(29,1,2,'Comité Jesuita con Migrantes','comite jesuita con migrantes','Ciudad de Guatemala','','Guatemala','','Firmamos en solidaridad con CAME.','Renée Martínez','Policy Officer','firmante022@org022.example.org',1,'pending','2026-12-07 21:21:56.000000','2026-12-07 21:21:56.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(30,1,3,'Institute de Mujeres Migrantes','institute de mujeres migrantes','Ciudad Juárez','Chihuahua','México','','','Iñaki Haddad','Президент','firmante023@org023.example.org',1,'verified','2026-12-07 21:22:40.000000','2026-12-07 21:23:24.000000','2026-12-07 21:23:24.000000','2026-12-07 21:23:24.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(31,1,1,'Colectivo for Asylum Seekers','colectivo for asylum seekers','San Salvador','','El Salvador','https://org024.example.org','','Ana Dubois','Director','firmante024@org024.example.org',1,'verified','2026-12-07 21:23:56.000000','2026-12-07 21:24:40.000000','2026-12-07 21:24:40.000000','2026-12-07 21:24:40.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(32,1,3,'Asociación Niñez sin Fronteras','asociacion ninez sin fronteras','El Paso','TX','United States','','','José Иванова','Coordinadora','firmante025@org025.example.org',1,'verified','2026-12-07 21:25:12.000000','2026-12-07 21:25:56.000000','2026-12-07 21:25:56.000000','2026-12-07 21:25:56.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(33,1,3,'Council for Humane Borders','council for humane borders','Berlin','','Deutschland','','','Łukasz García','Policy Officer','firmante026@org026.example.org',1,'verified','2026-12-07 21:26:28.000000','2026-12-07 21:27:12.000000','2026-12-07 21:27:12.000000','2026-12-07 21:27:12.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(34,1,1,'Observatorio de Defensoras Comunitarias','observatorio de defensoras comunitarias','San Diego','CA','United States','https://org027.example.org','','Zoë Müller','Президент','firmante027@org027.example.org',1,'verified','2026-12-07 21:27:44.000000','2026-12-07 21:28:28.000000','2026-12-07 21:28:28.000000','2026-12-07 21:28:28.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(35,1,2,'Red for Migrant Justice','red for migrant justice','Tijuana','Baja California','México','','','María José Peña','Director','firmante028@org028.example.org',1,'verified','2026-12-07 21:29:00.000000','2026-12-07 21:29:44.000000','2026-12-07 21:29:44.000000','2026-12-07 21:29:44.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(36,1,3,'Centro de Apoyo al Migrante','centro de apoyo al migrante','San Pedro Sula','Cortés','Honduras','','','Émile Núñez','Coordinadora','firmante029@org029.example.org',1,'verified','2026-12-07 21:30:16.000000','2026-12-07 21:31:00.000000','2026-12-07 21:31:00.000000','2026-12-07 21:31:00.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(37,1,3,'Coalición for Refugee Rights','coalicion for refugee rights','Tapachula','Chiapas','México','https://org030.example.org','','Nuño Øster','Policy Officer','firmante030@org030.example.org',1,'verified','2026-12-07 21:31:32.000000','2026-12-07 21:32:16.000000','2026-12-07 21:32:16.000000','2026-12-07 21:32:16.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(38,1,2,'Alliance Frontera Digna','alliance frontera digna','Genève','','Suisse','','','Айгуль O''Brien','Президент','firmante031@org031.example.org',1,'pending','2026-12-07 21:32:48.000000','2026-12-07 21:32:48.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(39,1,3,'Network for Border Solidarity','network for border solidarity','Tucson','AZ','United States','','','Fatima 山田','Director','firmante032@org032.example.org',1,'verified','2026-12-07 21:33:32.000000','2026-12-07 21:34:16.000000','2026-12-07 21:34:16.000000','2026-12-07 21:34:16.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(40,1,1,'Fundación Jesuita con Migrantes','fundacion jesuita con migrantes','Madrid','','España','https://org033.example.org','Firmamos en solidaridad con CAME.','Sakura Martínez','Coordinadora','firmante033@org033.example.org',1,'verified','2026-12-07 21:34:48.000000','2026-12-07 21:35:32.000000','2026-12-07 21:35:32.000000','2026-12-07 21:35:32.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(41,1,2,'Comité de Mujeres Migrantes','comite de mujeres migrantes','Ciudad de Guatemala','','Guatemala','','','Renée Haddad','Policy Officer','firmante034@org034.example.org',1,'verified','2026-12-07 21:36:04.000000','2026-12-07 21:36:48.000000','2026-12-07 21:36:48.000000','2026-12-07 21:36:48.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(42,1,3,'Institute for Asylum Seekers','institute for asylum seekers','Ciudad Juárez','Chihuahua','México','','','Iñaki Dubois','Президент','firmante035@org035.example.org',1,'verified','2026-12-07 21:37:20.000000','2026-12-07 21:38:04.000000','2026-12-07 21:38:04.000000','2026-12-07 21:38:04.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(43,1,1,'Colectivo Niñez sin Fronteras','colectivo ninez sin fronteras','San Salvador','','El Salvador','https://org036.example.org','','Ana Иванова','Director','firmante036@org036.example.org',1,'verified','2026-12-07 21:38:36.000000','2026-12-07 21:39:20.000000','2026-12-07 21:39:20.000000','2026-12-07 21:39:20.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(44,1,2,'Asociación for Humane Borders','asociacion for humane borders','El Paso','TX','United States','','','José García','Coordinadora','firmante037@org037.example.org',1,'verified','2026-12-07 21:39:52.000000','2026-12-07 21:40:36.000000','2026-12-07 21:40:36.000000','2026-12-07 21:40:36.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(45,1,3,'Council de Defensoras Comunitarias','council de defensoras comunitarias','Berlin','','Deutschland','','','Łukasz Müller','Policy Officer','firmante038@org038.example.org',1,'verified','2026-12-07 21:41:08.000000','2026-12-07 21:41:52.000000','2026-12-07 21:41:52.000000','2026-12-07 21:41:52.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(46,1,1,'Observatorio por los Derechos Humanos','observatorio por los derechos humanos','San Diego','CA','United States','https://org039.example.org','','Zoë Peña','Президент','firmante039@org039.example.org',1,'verified','2026-12-07 21:42:24.000000','2026-12-07 21:43:08.000000','2026-12-07 21:43:08.000000','2026-12-07 21:43:08.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(47,1,3,'Red de Apoyo al Migrante','red de apoyo al migrante','Tijuana','Baja California','México','','','María José Núñez','Director','firmante040@org040.example.org',1,'pending','2026-12-07 21:43:40.000000','2026-12-07 21:43:40.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(48,1,3,'Centro for Refugee Rights','centro for refugee rights','San Pedro Sula','Cortés','Honduras','','','Émile Øster','Coordinadora','firmante041@org041.example.org',1,'verified','2026-12-07 21:44:24.000000','2026-12-07 21:45:08.000000','2026-12-07 21:45:08.000000','2026-12-07 21:45:08.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(49,1,1,'Coalición Frontera Digna','coalicion frontera digna','Tapachula','Chiapas','México','https://org042.example.org','','Nuño O''Brien','Policy Officer','firmante042@org042.example.org',1,'verified','2026-12-07 21:45:40.000000','2026-12-07 21:46:24.000000','2026-12-07 21:46:24.000000','2026-12-07 21:46:24.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(50,1,2,'Alliance for Border Solidarity','alliance for border solidarity','Genève','','Suisse','','','Айгуль 山田','Президент','firmante043@org043.example.org',1,'verified','2026-12-07 21:46:56.000000','2026-12-07 21:47:40.000000','2026-12-07 21:47:40.000000','2026-12-07 21:47:40.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(51,1,3,'Network Jesuita con Migrantes','network jesuita con migrantes','Tucson','AZ','United States','','Firmamos en solidaridad con CAME.','Fatima Martínez','Director','firmante044@org044.example.org',1,'verified','2026-12-07 21:48:12.000000','2026-12-07 21:48:56.000000','2026-12-07 21:48:56.000000','2026-12-07 21:48:56.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(52,1,3,'Fundación de Mujeres Migrantes','fundacion de mujeres migrantes','Madrid','','España','https://org045.example.org','','Sakura Haddad','Coordinadora','firmante045@org045.example.org',1,'verified','2026-12-07 21:49:28.000000','2026-12-07 21:50:12.000000','2026-12-07 21:50:12.000000','2026-12-07 21:50:12.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(53,1,2,'Comité for Asylum Seekers','comite for asylum seekers','Ciudad de Guatemala','','Guatemala','','','Renée Dubois','Policy Officer','firmante046@org046.example.org',1,'verified','2026-12-07 21:50:44.000000','2026-12-07 21:51:28.000000','2026-12-07 21:51:28.000000','2026-12-07 21:51:28.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(54,1,3,'Institute Niñez sin Fronteras','institute ninez sin fronteras','Ciudad Juárez','Chihuahua','México','','','Iñaki Иванова','Президент','firmante047@org047.example.org',1,'verified','2026-12-07 21:52:00.000000','2026-12-07 21:52:44.000000','2026-12-07 21:52:44.000000','2026-12-07 21:52:44.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(55,1,1,'Colectivo for Humane Borders','colectivo for humane borders','San Salvador','','El Salvador','https://org048.example.org','','Ana García','Director','firmante048@org048.example.org',1,'verified','2026-12-07 21:53:16.000000','2026-12-07 21:54:00.000000','2026-12-07 21:54:00.000000','2026-12-07 21:54:00.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(56,1,2,'Asociación de Defensoras Comunitarias','asociacion de defensoras comunitarias','El Paso','TX','United States','','','José Müller','Coordinadora','firmante049@org049.example.org',1,'pending','2026-12-07 21:54:32.000000','2026-12-07 21:54:32.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(57,1,3,'Council por los Derechos Humanos','council por los derechos humanos','Berlin','','Deutschland','','','Łukasz Peña','Policy Officer','firmante050@org050.example.org',1,'verified','2026-12-07 21:55:16.000000','2026-12-07 21:56:00.000000','2026-12-07 21:56:00.000000','2026-12-07 21:56:00.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(58,1,1,'Observatorio for Migrant Justice','observatorio for migrant justice','San Diego','CA','United States','https://org051.example.org','','Zoë Núñez','Президент','firmante051@org051.example.org',1,'verified','2026-12-07 21:56:32.000000','2026-12-07 21:57:16.000000','2026-12-07 21:57:16.000000','2026-12-07 21:57:16.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(59,1,2,'Red for Refugee Rights','red for refugee rights','Tijuana','Baja California','México','','','María José Øster','Director','firmante052@org052.example.org',1,'verified','2026-12-07 21:57:48.000000','2026-12-07 21:58:32.000000','2026-12-07 21:58:32.000000','2026-12-07 21:58:32.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(60,1,3,'Centro Frontera Digna','centro frontera digna','San Pedro Sula','Cortés','Honduras','','','Émile O''Brien','Coordinadora','firmante053@org053.example.org',1,'verified','2026-12-07 21:59:04.000000','2026-12-07 21:59:48.000000','2026-12-07 21:59:48.000000','2026-12-07 21:59:48.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(61,1,1,'Coalición for Border Solidarity','coalicion for border solidarity','Tapachula','Chiapas','México','https://org054.example.org','','Nuño 山田','Policy Officer','firmante054@org054.example.org',1,'verified','2026-12-07 22:00:20.000000','2026-12-07 22:01:04.000000','2026-12-07 22:01:04.000000','2026-12-07 22:01:04.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(62,1,3,'Alliance Jesuita con Migrantes','alliance jesuita con migrantes','Genève','','Suisse','','Firmamos en solidaridad con CAME.','Айгуль Martínez','Президент','firmante055@org055.example.org',1,'verified','2026-12-07 22:01:36.000000','2026-12-07 22:02:20.000000','2026-12-07 22:02:20.000000','2026-12-07 22:02:20.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(63,1,3,'Network de Mujeres Migrantes','network de mujeres migrantes','Tucson','AZ','United States','','','Fatima Haddad','Director','firmante056@org056.example.org',1,'verified','2026-12-07 22:02:52.000000','2026-12-07 22:03:36.000000','2026-12-07 22:03:36.000000','2026-12-07 22:03:36.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(64,1,1,'Fundación for Asylum Seekers','fundacion for asylum seekers','Madrid','','España','https://org057.example.org','','Sakura Dubois','Coordinadora','firmante057@org057.example.org',1,'verified','2026-12-07 22:04:08.000000','2026-12-07 22:04:52.000000','2026-12-07 22:04:52.000000','2026-12-07 22:04:52.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(65,1,2,'Comité Niñez sin Fronteras','comite ninez sin fronteras','Ciudad de Guatemala','','Guatemala','','','Renée Иванова','Policy Officer','firmante058@org058.example.org',1,'pending','2026-12-07 22:05:24.000000','2026-12-07 22:05:24.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(66,1,3,'Institute for Humane Borders','institute for humane borders','Ciudad Juárez','Chihuahua','México','','','Iñaki García','Президент','firmante059@org059.example.org',1,'verified','2026-12-07 22:06:08.000000','2026-12-07 22:06:52.000000','2026-12-07 22:06:52.000000','2026-12-07 22:06:52.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(67,1,3,'Colectivo de Defensoras Comunitarias','colectivo de defensoras comunitarias','San Salvador','','El Salvador','https://org060.example.org','','Ana Müller','Director','firmante060@org060.example.org',1,'verified','2026-12-07 22:07:24.000000','2026-12-07 22:08:08.000000','2026-12-07 22:08:08.000000','2026-12-07 22:08:08.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(68,1,2,'Asociación por los Derechos Humanos','asociacion por los derechos humanos','El Paso','TX','United States','','','José Peña','Coordinadora','firmante061@org061.example.org',1,'verified','2026-12-07 22:08:40.000000','2026-12-07 22:09:24.000000','2026-12-07 22:09:24.000000','2026-12-07 22:09:24.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(69,1,3,'Council for Migrant Justice','council for migrant justice','Berlin','','Deutschland','','','Łukasz Núñez','Policy Officer','firmante062@org062.example.org',1,'verified','2026-12-07 22:09:56.000000','2026-12-07 22:10:40.000000','2026-12-07 22:10:40.000000','2026-12-07 22:10:40.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(70,1,1,'Observatorio de Apoyo al Migrante','observatorio de apoyo al migrante','San Diego','CA','United States','https://org063.example.org','','Zoë Øster','Президент','firmante063@org063.example.org',1,'verified','2026-12-07 22:11:12.000000','2026-12-07 22:11:56.000000','2026-12-07 22:11:56.000000','2026-12-07 22:11:56.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(71,1,2,'Red Frontera Digna','red frontera digna','Tijuana','Baja California','México','','','María José O''Brien','Director','firmante064@org064.example.org',1,'verified','2026-12-07 22:12:28.000000','2026-12-07 22:13:12.000000','2026-12-07 22:13:12.000000','2026-12-07 22:13:12.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(72,1,3,'Centro for Border Solidarity','centro for border solidarity','San Pedro Sula','Cortés','Honduras','','','Émile 山田','Coordinadora','firmante065@org065.example.org',1,'verified','2026-12-07 22:13:44.000000','2026-12-07 22:14:28.000000','2026-12-07 22:14:28.000000','2026-12-07 22:14:28.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(73,1,1,'Coalición Jesuita con Migrantes','coalicion jesuita con migrantes','Tapachula','Chiapas','México','https://org066.example.org','Firmamos en solidaridad con CAME.','Nuño Martínez','Policy Officer','firmante066@org066.example.org',1,'verified','2026-12-07 22:15:00.000000','2026-12-07 22:15:44.000000','2026-12-07 22:15:44.000000','2026-12-07 22:15:44.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(74,1,2,'Alliance de Mujeres Migrantes','alliance de mujeres migrantes','Genève','','Suisse','','','Айгуль Haddad','Президент','firmante067@org067.example.org',1,'pending','2026-12-07 22:16:16.000000','2026-12-07 22:16:16.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(75,1,3,'Network for Asylum Seekers','network for asylum seekers','Tucson','AZ','United States','','','Fatima Dubois','Director','firmante068@org068.example.org',1,'verified','2026-12-07 22:17:00.000000','2026-12-07 22:17:44.000000','2026-12-07 22:17:44.000000','2026-12-07 22:17:44.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(76,1,1,'Fundación Niñez sin Fronteras','fundacion ninez sin fronteras','Madrid','','España','https://org069.example.org','','Sakura Иванова','Coordinadora','firmante069@org069.example.org',1,'verified','2026-12-07 22:18:16.000000','2026-12-07 22:19:00.000000','2026-12-07 22:19:00.000000','2026-12-07 22:19:00.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(77,1,3,'Comité for Humane Borders','comite for humane borders','Ciudad de Guatemala','','Guatemala','','','Renée García','Policy Officer','firmante070@org070.example.org',1,'verified','2026-12-07 22:19:32.000000','2026-12-07 22:20:16.000000','2026-12-07 22:20:16.000000','2026-12-07 22:20:16.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(78,1,3,'Institute de Defensoras Comunitarias','institute de defensoras comunitarias','Ciudad Juárez','Chihuahua','México','','','Iñaki Müller','Президент','firmante071@org071.example.org',1,'verified','2026-12-07 22:20:48.000000','2026-12-07 22:21:32.000000','2026-12-07 22:21:32.000000','2026-12-07 22:21:32.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(79,1,1,'Colectivo por los Derechos Humanos','colectivo por los derechos humanos','San Salvador','','El Salvador','https://org072.example.org','','Ana Peña','Director','firmante072@org072.example.org',1,'verified','2026-12-07 22:22:04.000000','2026-12-07 22:22:48.000000','2026-12-07 22:22:48.000000','2026-12-07 22:22:48.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(80,1,2,'Asociación for Migrant Justice','asociacion for migrant justice','El Paso','TX','United States','','','José Núñez','Coordinadora','firmante073@org073.example.org',1,'verified','2026-12-07 22:23:20.000000','2026-12-07 22:24:04.000000','2026-12-07 22:24:04.000000','2026-12-07 22:24:04.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(81,1,3,'Council de Apoyo al Migrante','council de apoyo al migrante','Berlin','','Deutschland','','','Łukasz Øster','Policy Officer','firmante074@org074.example.org',1,'verified','2026-12-07 22:24:36.000000','2026-12-07 22:25:20.000000','2026-12-07 22:25:20.000000','2026-12-07 22:25:20.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(82,1,3,'Observatorio for Refugee Rights','observatorio for refugee rights','San Diego','CA','United States','https://org075.example.org','','Zoë O''Brien','Президент','firmante075@org075.example.org',1,'verified','2026-12-07 22:25:52.000000','2026-12-07 22:26:36.000000','2026-12-07 22:26:36.000000','2026-12-07 22:26:36.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(83,1,2,'Red for Border Solidarity','red for border solidarity','Tijuana','Baja California','México','','','María José 山田','Director','firmante076@org076.example.org',1,'pending','2026-12-07 22:27:08.000000','2026-12-07 22:27:08.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(84,1,3,'Centro Jesuita con Migrantes','centro jesuita con migrantes','San Pedro Sula','Cortés','Honduras','','Firmamos en solidaridad con CAME.','Émile Martínez','Coordinadora','firmante077@org077.example.org',1,'verified','2026-12-07 22:27:52.000000','2026-12-07 22:28:36.000000','2026-12-07 22:28:36.000000','2026-12-07 22:28:36.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(85,1,1,'Coalición de Mujeres Migrantes','coalicion de mujeres migrantes','Tapachula','Chiapas','México','https://org078.example.org','','Nuño Haddad','Policy Officer','firmante078@org078.example.org',1,'verified','2026-12-07 22:29:08.000000','2026-12-07 22:29:52.000000','2026-12-07 22:29:52.000000','2026-12-07 22:29:52.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(86,1,2,'Alliance for Asylum Seekers','alliance for asylum seekers','Genève','','Suisse','','','Айгуль Dubois','Президент','firmante079@org079.example.org',1,'verified','2026-12-07 22:30:24.000000','2026-12-07 22:31:08.000000','2026-12-07 22:31:08.000000','2026-12-07 22:31:08.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(87,2,4,'Red de Mujeres Migrantes','red de mujeres migrantes','Tijuana','Baja California','México','','','María José Haddad','Director','firmante100@org100.example.org',1,'verified','2026-12-07 22:31:40.000000','2026-12-07 22:32:24.000000','2026-12-07 22:32:24.000000','2026-12-07 22:32:24.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(88,2,5,'Centro for Asylum Seekers','centro for asylum seekers','San Pedro Sula','Cortés','Honduras','','','Émile Dubois','Coordinadora','firmante101@org101.example.org',1,'pending','2026-12-07 22:32:56.000000','2026-12-07 22:32:56.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(89,2,6,'Coalición Niñez sin Fronteras','coalicion ninez sin fronteras','Tapachula','Chiapas','México','https://org102.example.org','','Nuño Иванова','Policy Officer','firmante102@org102.example.org',1,'verified','2026-12-07 22:33:40.000000','2026-12-07 22:34:24.000000','2026-12-07 22:34:24.000000','2026-12-07 22:34:24.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(90,2,4,'Alliance for Humane Borders','alliance for humane borders','Genève','','Suisse','','','Айгуль García','Президент','firmante103@org103.example.org',1,'verified','2026-12-07 22:34:56.000000','2026-12-07 22:35:40.000000','2026-12-07 22:35:40.000000','2026-12-07 22:35:40.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(91,2,5,'Network de Defensoras Comunitarias','network de defensoras comunitarias','Tucson','AZ','United States','','','Fatima Müller','Director','firmante104@org104.example.org',1,'verified','2026-12-07 22:36:12.000000','2026-12-07 22:36:56.000000','2026-12-07 22:36:56.000000','2026-12-07 22:36:56.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(92,2,6,'Fundación por los Derechos Humanos','fundacion por los derechos humanos','Madrid','','España','https://org105.example.org','','Sakura Peña','Coordinadora','firmante105@org105.example.org',1,'verified','2026-12-07 22:37:28.000000','2026-12-07 22:38:12.000000','2026-12-07 22:38:12.000000','2026-12-07 22:38:12.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(93,2,4,'Comité for Migrant Justice','comite for migrant justice','Ciudad de Guatemala','','Guatemala','','','Renée Núñez','Policy Officer','firmante106@org106.example.org',1,'verified','2026-12-07 22:38:44.000000','2026-12-07 22:39:28.000000','2026-12-07 22:39:28.000000','2026-12-07 22:39:28.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(94,2,5,'Institute de Apoyo al Migrante','institute de apoyo al migrante','Ciudad Juárez','Chihuahua','México','','','Iñaki Øster','Президент','firmante107@org107.example.org',1,'pending','2026-12-07 22:40:00.000000','2026-12-07 22:40:00.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(95,2,6,'Colectivo for Refugee Rights','colectivo for refugee rights','San Salvador','','El Salvador','https://org108.example.org','','Ana O''Brien','Director','firmante108@org108.example.org',1,'verified','2026-12-07 22:40:44.000000','2026-12-07 22:41:28.000000','2026-12-07 22:41:28.000000','2026-12-07 22:41:28.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(96,2,4,'Asociación Frontera Digna','asociacion frontera digna','El Paso','TX','United States','','','José 山田','Coordinadora','firmante109@org109.example.org',1,'verified','2026-12-07 22:42:00.000000','2026-12-07 22:42:44.000000','2026-12-07 22:42:44.000000','2026-12-07 22:42:44.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(97,2,5,'Council for Border Solidarity','council for border solidarity','Berlin','','Deutschland','','Firmamos en solidaridad con CAME.','Łukasz Martínez','Policy Officer','firmante110@org110.example.org',1,'verified','2026-12-07 22:43:16.000000','2026-12-07 22:44:00.000000','2026-12-07 22:44:00.000000','2026-12-07 22:44:00.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(98,2,6,'Observatorio Jesuita con Migrantes','observatorio jesuita con migrantes','San Diego','CA','United States','https://org111.example.org','','Zoë Haddad','Президент','firmante111@org111.example.org',1,'verified','2026-12-07 22:44:32.000000','2026-12-07 22:45:16.000000','2026-12-07 22:45:16.000000','2026-12-07 22:45:16.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(99,2,4,'Red for Asylum Seekers','red for asylum seekers','Tijuana','Baja California','México','','','María José Dubois','Director','firmante112@org112.example.org',1,'verified','2026-12-07 22:45:48.000000','2026-12-07 22:46:32.000000','2026-12-07 22:46:32.000000','2026-12-07 22:46:32.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(100,2,5,'Centro Niñez sin Fronteras','centro ninez sin fronteras','San Pedro Sula','Cortés','Honduras','','','Émile Иванова','Coordinadora','firmante113@org113.example.org',1,'pending','2026-12-07 22:47:04.000000','2026-12-07 22:47:04.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(101,2,6,'Coalición for Humane Borders','coalicion for humane borders','Tapachula','Chiapas','México','https://org114.example.org','','Nuño García','Policy Officer','firmante114@org114.example.org',1,'verified','2026-12-07 22:47:48.000000','2026-12-07 22:48:32.000000','2026-12-07 22:48:32.000000','2026-12-07 22:48:32.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(102,2,4,'Alliance de Defensoras Comunitarias','alliance de defensoras comunitarias','Genève','','Suisse','','','Айгуль Müller','Президент','firmante115@org115.example.org',1,'verified','2026-12-07 22:49:04.000000','2026-12-07 22:49:48.000000','2026-12-07 22:49:48.000000','2026-12-07 22:49:48.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(103,2,5,'Network por los Derechos Humanos','network por los derechos humanos','Tucson','AZ','United States','','','Fatima Peña','Director','firmante116@org116.example.org',1,'verified','2026-12-07 22:50:20.000000','2026-12-07 22:51:04.000000','2026-12-07 22:51:04.000000','2026-12-07 22:51:04.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(104,2,6,'Fundación for Migrant Justice','fundacion for migrant justice','Madrid','','España','https://org117.example.org','','Sakura Núñez','Coordinadora','firmante117@org117.example.org',1,'verified','2026-12-07 22:51:36.000000','2026-12-07 22:52:20.000000','2026-12-07 22:52:20.000000','2026-12-07 22:52:20.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(105,2,4,'Comité de Apoyo al Migrante','comite de apoyo al migrante','Ciudad de Guatemala','','Guatemala','','','Renée Øster','Policy Officer','firmante118@org118.example.org',1,'verified','2026-12-07 22:52:52.000000','2026-12-07 22:53:36.000000','2026-12-07 22:53:36.000000','2026-12-07 22:53:36.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(106,2,5,'Institute for Refugee Rights','institute for refugee rights','Ciudad Juárez','Chihuahua','México','','','Iñaki O''Brien','Президент','firmante119@org119.example.org',1,'pending','2026-12-07 22:54:08.000000','2026-12-07 22:54:08.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(107,2,6,'Colectivo Frontera Digna','colectivo frontera digna','San Salvador','','El Salvador','https://org120.example.org','','Ana 山田','Director','firmante120@org120.example.org',1,'verified','2026-12-07 22:54:52.000000','2026-12-07 22:55:36.000000','2026-12-07 22:55:36.000000','2026-12-07 22:55:36.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(108,2,4,'Asociación for Border Solidarity','asociacion for border solidarity','El Paso','TX','United States','','Firmamos en solidaridad con CAME.','José Martínez','Coordinadora','firmante121@org121.example.org',1,'verified','2026-12-07 22:56:08.000000','2026-12-07 22:56:52.000000','2026-12-07 22:56:52.000000','2026-12-07 22:56:52.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(109,2,5,'Council Jesuita con Migrantes','council jesuita con migrantes','Berlin','','Deutschland','','','Łukasz Haddad','Policy Officer','firmante122@org122.example.org',1,'verified','2026-12-07 22:57:24.000000','2026-12-07 22:58:08.000000','2026-12-07 22:58:08.000000','2026-12-07 22:58:08.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(110,2,6,'Observatorio de Mujeres Migrantes','observatorio de mujeres migrantes','San Diego','CA','United States','https://org123.example.org','','Zoë Dubois','Президент','firmante123@org123.example.org',1,'verified','2026-12-07 22:58:40.000000','2026-12-07 22:59:24.000000','2026-12-07 22:59:24.000000','2026-12-07 22:59:24.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(111,2,4,'Red Niñez sin Fronteras','red ninez sin fronteras','Tijuana','Baja California','México','','','María José Иванова','Director','firmante124@org124.example.org',1,'verified','2026-12-07 22:59:56.000000','2026-12-07 23:00:40.000000','2026-12-07 23:00:40.000000','2026-12-07 23:00:40.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(112,2,5,'Centro for Humane Borders','centro for humane borders','San Pedro Sula','Cortés','Honduras','','','Émile García','Coordinadora','firmante125@org125.example.org',1,'pending','2026-12-07 23:01:12.000000','2026-12-07 23:01:12.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(113,2,6,'Coalición de Defensoras Comunitarias','coalicion de defensoras comunitarias','Tapachula','Chiapas','México','https://org126.example.org','','Nuño Müller','Policy Officer','firmante126@org126.example.org',1,'verified','2026-12-07 23:01:56.000000','2026-12-07 23:02:40.000000','2026-12-07 23:02:40.000000','2026-12-07 23:02:40.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(114,2,4,'Alliance por los Derechos Humanos','alliance por los derechos humanos','Genève','','Suisse','','','Айгуль Peña','Президент','firmante127@org127.example.org',1,'verified','2026-12-07 23:03:12.000000','2026-12-07 23:03:56.000000','2026-12-07 23:03:56.000000','2026-12-07 23:03:56.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(115,2,5,'Network for Migrant Justice','network for migrant justice','Tucson','AZ','United States','','','Fatima Núñez','Director','firmante128@org128.example.org',1,'verified','2026-12-07 23:04:28.000000','2026-12-07 23:05:12.000000','2026-12-07 23:05:12.000000','2026-12-07 23:05:12.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(116,2,6,'Fundación de Apoyo al Migrante','fundacion de apoyo al migrante','Madrid','','España','https://org129.example.org','','Sakura Øster','Coordinadora','firmante129@org129.example.org',1,'verified','2026-12-07 23:05:44.000000','2026-12-07 23:06:28.000000','2026-12-07 23:06:28.000000','2026-12-07 23:06:28.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(117,1,2,'Casa del Migrante Saltillo','casa del migrante saltillo','Saltillo','Coahuila','México','','','Alberto Xicoténcatl','Director','rebote@casasaltillo.example.org',1,'pending','2026-12-07 23:07:00.000000','2026-12-07 23:07:00.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(118,1,3,'Network Niñez sin Fronteras','network ninez sin fronteras','Tucson','AZ','United States','','','Fatima Иванова','Director','firmante080@org080.example.org',1,'verified','2026-12-08 00:09:20.000000','2026-12-08 00:10:04.000000','2026-12-08 00:10:04.000000','2026-12-08 00:10:04.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(119,1,1,'Fundación for Humane Borders','fundacion for humane borders','Madrid','','España','https://org081.example.org','','Sakura García','Coordinadora','firmante081@org081.example.org',1,'pending','2026-12-08 00:10:36.000000','2026-12-08 00:10:36.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(120,1,2,'Comité de Defensoras Comunitarias','comite de defensoras comunitarias','Ciudad de Guatemala','','Guatemala','','','Renée Müller','Policy Officer','firmante082@org082.example.org',1,'pending','2026-12-08 00:11:20.000000','2026-12-08 00:11:20.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(121,1,3,'Institute por los Derechos Humanos','institute por los derechos humanos','Ciudad Juárez','Chihuahua','México','','','Iñaki Peña','Президент','firmante083@org083.example.org',1,'pending','2026-12-08 00:12:04.000000','2026-12-08 00:12:04.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(122,1,1,'Colectivo for Migrant Justice','colectivo for migrant justice','San Salvador','','El Salvador','https://org084.example.org','','Ana Núñez','Director','firmante084@org084.example.org',1,'verified','2026-12-08 00:12:48.000000','2026-12-08 00:13:32.000000','2026-12-08 00:13:32.000000','2026-12-08 00:13:32.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(123,1,2,'Asociación de Apoyo al Migrante','asociacion de apoyo al migrante','El Paso','TX','United States','','','José Øster','Coordinadora','firmante085@org085.example.org',1,'pending','2026-12-08 00:14:04.000000','2026-12-08 00:14:04.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(124,1,3,'Council for Refugee Rights','council for refugee rights','Berlin','','Deutschland','','','Łukasz O''Brien','Policy Officer','firmante086@org086.example.org',1,'pending','2026-12-08 00:14:48.000000','2026-12-08 00:14:48.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(125,1,1,'Observatorio Frontera Digna','observatorio frontera digna','San Diego','CA','United States','https://org087.example.org','','Zoë 山田','Президент','firmante087@org087.example.org',1,'pending','2026-12-08 00:15:32.000000','2026-12-08 00:15:32.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(126,1,2,'Red Jesuita con Migrantes','red jesuita con migrantes','Tijuana','Baja California','México','','Firmamos en solidaridad con CAME.','María José Martínez','Director','firmante088@org088.example.org',1,'verified','2026-12-08 00:16:16.000000','2026-12-08 00:17:00.000000','2026-12-08 00:17:00.000000','2026-12-08 00:17:00.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(127,1,3,'Centro de Mujeres Migrantes','centro de mujeres migrantes','San Pedro Sula','Cortés','Honduras','','','Émile Haddad','Coordinadora','firmante089@org089.example.org',1,'pending','2026-12-08 00:17:32.000000','2026-12-08 00:17:32.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(128,1,1,'Coalición for Asylum Seekers','coalicion for asylum seekers','Tapachula','Chiapas','México','https://org090.example.org','','Nuño Dubois','Policy Officer','firmante090@org090.example.org',1,'pending','2026-12-08 00:18:16.000000','2026-12-08 00:18:16.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(129,1,2,'Alliance Niñez sin Fronteras','alliance ninez sin fronteras','Genève','','Suisse','','','Айгуль Иванова','Президент','firmante091@org091.example.org',1,'pending','2026-12-08 00:19:00.000000','2026-12-08 00:19:00.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(130,1,3,'Network for Humane Borders','network for humane borders','Tucson','AZ','United States','','','Fatima García','Director','firmante092@org092.example.org',1,'verified','2026-12-08 00:19:44.000000','2026-12-08 00:20:28.000000','2026-12-08 00:20:28.000000','2026-12-08 00:20:28.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(131,1,1,'Fundación de Defensoras Comunitarias','fundacion de defensoras comunitarias','Madrid','','España','https://org093.example.org','','Sakura Müller','Coordinadora','firmante093@org093.example.org',1,'pending','2026-12-08 00:21:00.000000','2026-12-08 00:21:00.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(132,1,2,'Comité por los Derechos Humanos','comite por los derechos humanos','Ciudad de Guatemala','','Guatemala','','','Renée Peña','Policy Officer','firmante094@org094.example.org',1,'pending','2026-12-08 00:21:44.000000','2026-12-08 00:21:44.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(133,2,5,'Comité for Refugee Rights','comite for refugee rights','Ciudad de Guatemala','','Guatemala','','','Renée O''Brien','Policy Officer','firmante130@org130.example.org',1,'verified','2026-12-08 00:22:28.000000','2026-12-08 00:23:12.000000','2026-12-08 00:23:12.000000','2026-12-08 00:23:12.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(134,2,6,'Institute Frontera Digna','institute frontera digna','Ciudad Juárez','Chihuahua','México','','','Iñaki 山田','Президент','firmante131@org131.example.org',1,'verified','2026-12-08 00:23:44.000000','2026-12-08 00:24:28.000000','2026-12-08 00:24:28.000000','2026-12-08 00:24:28.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(135,2,4,'Colectivo for Border Solidarity','colectivo for border solidarity','San Salvador','','El Salvador','https://org132.example.org','Firmamos en solidaridad con CAME.','Ana Martínez','Director','firmante132@org132.example.org',1,'pending','2026-12-08 00:25:00.000000','2026-12-08 00:25:00.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(136,2,5,'Asociación Jesuita con Migrantes','asociacion jesuita con migrantes','El Paso','TX','United States','','','José Haddad','Coordinadora','firmante133@org133.example.org',1,'verified','2026-12-08 00:25:44.000000','2026-12-08 00:26:28.000000','2026-12-08 00:26:28.000000','2026-12-08 00:26:28.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(137,2,6,'Council de Mujeres Migrantes','council de mujeres migrantes','Berlin','','Deutschland','','','Łukasz Dubois','Policy Officer','firmante134@org134.example.org',1,'verified','2026-12-08 00:27:00.000000','2026-12-08 00:27:44.000000','2026-12-08 00:27:44.000000','2026-12-08 00:27:44.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(138,2,4,'Observatorio for Asylum Seekers','observatorio for asylum seekers','San Diego','CA','United States','https://org135.example.org','','Zoë Иванова','Президент','firmante135@org135.example.org',1,'pending','2026-12-08 00:28:16.000000','2026-12-08 00:28:16.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(139,2,5,'Red for Humane Borders','red for humane borders','Tijuana','Baja California','México','','','María José García','Director','firmante136@org136.example.org',1,'verified','2026-12-08 00:29:00.000000','2026-12-08 00:29:44.000000','2026-12-08 00:29:44.000000','2026-12-08 00:29:44.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(140,2,6,'Centro de Defensoras Comunitarias','centro de defensoras comunitarias','San Pedro Sula','Cortés','Honduras','','','Émile Müller','Coordinadora','firmante137@org137.example.org',1,'verified','2026-12-08 00:30:16.000000','2026-12-08 00:31:00.000000','2026-12-08 00:31:00.000000','2026-12-08 00:31:00.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(141,2,4,'Coalición por los Derechos Humanos','coalicion por los derechos humanos','Tapachula','Chiapas','México','https://org138.example.org','','Nuño Peña','Policy Officer','firmante138@org138.example.org',1,'pending','2026-12-08 00:31:32.000000','2026-12-08 00:31:32.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(142,2,5,'Alliance for Migrant Justice','alliance for migrant justice','Genève','','Suisse','','','Айгуль Núñez','Президент','firmante139@org139.example.org',1,'verified','2026-12-08 00:32:16.000000','2026-12-08 00:33:00.000000','2026-12-08 00:33:00.000000','2026-12-08 00:33:00.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(143,2,6,'Ärzte für Menschenrechte','arzte fur menschenrechte','Köln','NRW','Deutschland','','','Émile Müller','Coordinadora','firmante005@org005.example.org',1,'verified','2026-12-08 00:33:32.000000','2026-12-08 00:34:16.000000','2026-12-08 00:34:16.000000','2026-12-08 00:34:16.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(144,1,3,'Institute for Migrant Justice','institute for migrant justice','Ciudad Juárez','Chihuahua','México','','','Iñaki Núñez','Президент','firmante095@org095.example.org',1,'pending','2026-12-08 00:34:53.000000','2026-12-08 00:34:53.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(145,1,1,'Colectivo de Apoyo al Migrante','colectivo de apoyo al migrante','San Salvador','','El Salvador','https://org096.example.org','','Ana Øster','Director','firmante096@org096.example.org',1,'pending','2026-12-08 00:35:37.000000','2026-12-08 00:35:37.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(146,1,2,'Asociación for Refugee Rights','asociacion for refugee rights','El Paso','TX','United States','','','José O''Brien','Coordinadora','firmante097@org097.example.org',1,'pending','2026-12-08 00:36:21.000000','2026-12-08 00:36:21.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(147,1,3,'Council Frontera Digna','council frontera digna','Berlin','','Deutschland','','','Łukasz 山田','Policy Officer','firmante098@org098.example.org',1,'pending','2026-12-08 00:37:05.000000','2026-12-08 00:37:05.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(148,1,1,'Observatorio for Border Solidarity','observatorio for border solidarity','San Diego','CA','United States','https://org099.example.org','Firmamos en solidaridad con CAME.','Zoë Martínez','Президент','firmante099@org099.example.org',1,'pending','2026-12-08 00:37:49.000000','2026-12-08 00:37:49.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(149,2,4,'Network de Apoyo al Migrante','network de apoyo al migrante','Tucson','AZ','United States','','','Fatima Øster','Director','firmante140@org140.example.org',1,'pending','2026-12-08 00:38:33.000000','2026-12-08 00:38:33.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
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
	CONSTRAINT pk_statement PRIMARY KEY (id), 
	CONSTRAINT uq_statement_slug UNIQUE (slug), 
	CONSTRAINT ck_statement_status CHECK (status IN ('draft', 'open', 'closed')), 
	CONSTRAINT ck_statement_paper_size CHECK (paper_size IN ('a4', 'letter'))
);
INSERT INTO "statement" VALUES(1,'ngos-denounce-national-guard-actions','open',1,'en','2019-06-27','2030-07-01 03:59:00.000000','America/New_York',0,'coalition@lawg.example.org','U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','The undersigned organizations are gravely concerned by the recent actions of the Mexican National
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

[^bg]: Account given by CAME staff to the coalition, 24 June 2019.','','Signed,','2026-12-07 20:54:48.000000','2026-12-07 20:54:48.000000','a4');
INSERT INTO "statement" VALUES(2,'accion-urgente-guardia-nacional','open',1,'es','2019-07-03','2030-08-16 00:00:00.000000','America/Mexico_City',0,'accion-urgente@amnistia.example.org','Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Me han informado de que el 23 de junio de 2019 seis elementos de la Guardia Nacional intentaron
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

[^a]: Amnistía Internacional, Acción Urgente 93/19, AMR 41/0626/2019.','Señor Presidente, Señora Embajadora:','Atentamente,','2026-12-07 20:54:53.000000','2026-12-07 20:54:53.000000','a4');
INSERT INTO "statement" VALUES(3,'carta-borrador-albergues','draft',1,'es',NULL,'2031-01-01 05:59:00.000000','America/Mexico_City',0,NULL,'Borrador: carta sobre la protección de los albergues','Las organizaciones firmantes pedimos que ningún agente entre en un albergue sin orden judicial.[^1]

[^1]: Texto de trabajo para la red de albergues.
','','','','2026-12-07 20:54:58.000000','2026-12-07 20:54:58.000000','a4');
INSERT INTO "statement" VALUES(4,'protect-migrant-shelters','open',1,'en','2026-12-07','2027-01-07 04:59:00.000000','America/New_York',0,'coalition@example.org','Civil Society Organizations Call for the Protection of Migrant Shelters and Their Staff','The undersigned organizations are gravely concerned by recent actions of security forces
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

[^bg]: Shelter Network, "Incident log of visits to shelters", internal report shared with the coalition, 2026.','Dear President and Secretary,','Respectfully,','2026-12-07 20:55:03.000000','2026-12-07 20:55:03.000000','a4');
CREATE INDEX ix_audit_event_signature_id ON audit_event (signature_id);
CREATE INDEX ix_audit_event_statement_id ON audit_event (statement_id);
CREATE INDEX ix_outbox_message_due ON outbox_message (sent_at, failed_at, next_attempt_at);
CREATE INDEX ix_outbox_message_statement_id ON outbox_message (statement_id);
CREATE INDEX ix_addressee_statement_id ON addressee (statement_id);
CREATE INDEX ix_membership_coordinator_id ON membership (coordinator_id);
CREATE INDEX ix_signature_statement_id_status ON signature (statement_id, status);
COMMIT;
