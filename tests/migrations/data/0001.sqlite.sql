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
INSERT INTO "alembic_version" VALUES('0001');
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
INSERT INTO "audit_event" VALUES(1,'2026-12-07 20:53:07.000000','cli','coordinator.created',NULL,NULL,'{"coordinator_id": 1, "email": "maria@lawg.example.org"}');
INSERT INTO "audit_event" VALUES(2,'2026-12-07 20:53:12.000000','cli','coordinator.created',NULL,NULL,'{"coordinator_id": 2, "email": "tomas@came.example.org"}');
INSERT INTO "audit_event" VALUES(3,'2026-12-07 20:53:17.000000','cli','statement.created',1,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(4,'2026-12-07 20:53:22.000000','cli','statement.created',2,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(5,'2026-12-07 20:53:27.000000','cli','statement.created',3,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(6,'2026-12-07 20:53:32.000000','cli','coordinator.created',NULL,NULL,'{"coordinator_id": 3, "email": "coordinator@example.org"}');
INSERT INTO "audit_event" VALUES(7,'2026-12-07 20:53:32.000000','cli','statement.created',4,NULL,'{"revision": 1}');
INSERT INTO "audit_event" VALUES(8,'2026-12-07 20:53:32.000000','cli','signature.added_verified',4,1,'{}');
INSERT INTO "audit_event" VALUES(9,'2026-12-07 20:53:32.000000','cli','signature.added_verified',4,2,'{}');
INSERT INTO "audit_event" VALUES(10,'2026-12-07 20:53:32.000000','cli','signature.added_verified',4,3,'{}');
INSERT INTO "audit_event" VALUES(11,'2026-12-07 20:53:32.000000','cli','signature.added_verified',4,4,'{}');
INSERT INTO "audit_event" VALUES(12,'2026-12-07 20:53:32.000000','cli','signature.added_verified',4,5,'{}');
INSERT INTO "audit_event" VALUES(13,'2026-12-07 20:53:32.000000','cli','signature.added_verified',4,6,'{}');
INSERT INTO "audit_event" VALUES(14,'2026-12-07 20:53:37.000000','public','signature.submitted',1,7,'{}');
INSERT INTO "audit_event" VALUES(15,'2026-12-07 20:54:21.000000','public','signature.confirmed',1,7,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(16,'2026-12-07 20:54:53.000000','public','signature.submitted',1,8,'{}');
INSERT INTO "audit_event" VALUES(17,'2026-12-07 20:55:37.000000','public','signature.confirmed',1,8,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(18,'2026-12-07 20:56:09.000000','public','signature.submitted',1,9,'{}');
INSERT INTO "audit_event" VALUES(19,'2026-12-07 20:56:53.000000','public','signature.confirmed',1,9,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(20,'2026-12-07 20:57:25.000000','public','signature.submitted',1,10,'{}');
INSERT INTO "audit_event" VALUES(21,'2026-12-07 20:58:09.000000','public','signature.confirmed',1,10,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(22,'2026-12-07 20:58:41.000000','public','signature.submitted',1,11,'{}');
INSERT INTO "audit_event" VALUES(23,'2026-12-07 20:59:25.000000','public','signature.submitted',1,12,'{}');
INSERT INTO "audit_event" VALUES(24,'2026-12-07 21:00:09.000000','public','signature.confirmed',1,12,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(25,'2026-12-07 21:00:41.000000','public','signature.submitted',1,13,'{}');
INSERT INTO "audit_event" VALUES(26,'2026-12-07 21:01:25.000000','public','signature.confirmed',1,13,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(27,'2026-12-07 21:01:57.000000','public','signature.submitted',1,14,'{}');
INSERT INTO "audit_event" VALUES(28,'2026-12-07 21:02:41.000000','public','signature.confirmed',1,14,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(29,'2026-12-07 21:03:13.000000','public','signature.submitted',1,15,'{}');
INSERT INTO "audit_event" VALUES(30,'2026-12-07 21:03:57.000000','public','signature.confirmed',1,15,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(31,'2026-12-07 21:04:29.000000','public','signature.submitted',1,16,'{}');
INSERT INTO "audit_event" VALUES(32,'2026-12-07 21:05:13.000000','public','signature.confirmed',1,16,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(33,'2026-12-07 21:05:45.000000','public','signature.submitted',1,17,'{}');
INSERT INTO "audit_event" VALUES(34,'2026-12-07 21:06:29.000000','public','signature.confirmed',1,17,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(35,'2026-12-07 21:07:01.000000','public','signature.submitted',1,18,'{}');
INSERT INTO "audit_event" VALUES(36,'2026-12-07 21:07:45.000000','public','signature.confirmed',1,18,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(37,'2026-12-07 21:08:17.000000','public','signature.submitted',1,19,'{}');
INSERT INTO "audit_event" VALUES(38,'2026-12-07 21:09:01.000000','public','signature.confirmed',1,19,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(39,'2026-12-07 21:09:33.000000','public','signature.submitted',1,20,'{}');
INSERT INTO "audit_event" VALUES(40,'2026-12-07 21:10:17.000000','public','signature.submitted',1,21,'{}');
INSERT INTO "audit_event" VALUES(41,'2026-12-07 21:11:01.000000','public','signature.confirmed',1,21,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(42,'2026-12-07 21:11:33.000000','public','signature.submitted',1,22,'{}');
INSERT INTO "audit_event" VALUES(43,'2026-12-07 21:12:17.000000','public','signature.confirmed',1,22,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(44,'2026-12-07 21:12:49.000000','public','signature.submitted',1,23,'{}');
INSERT INTO "audit_event" VALUES(45,'2026-12-07 21:13:33.000000','public','signature.confirmed',1,23,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(46,'2026-12-07 21:14:05.000000','public','signature.submitted',1,24,'{}');
INSERT INTO "audit_event" VALUES(47,'2026-12-07 21:14:49.000000','public','signature.confirmed',1,24,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(48,'2026-12-07 21:15:21.000000','public','signature.submitted',1,25,'{}');
INSERT INTO "audit_event" VALUES(49,'2026-12-07 21:16:05.000000','public','signature.confirmed',1,25,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(50,'2026-12-07 21:16:37.000000','public','signature.submitted',1,26,'{}');
INSERT INTO "audit_event" VALUES(51,'2026-12-07 21:17:21.000000','public','signature.confirmed',1,26,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(52,'2026-12-07 21:17:53.000000','public','signature.submitted',1,27,'{}');
INSERT INTO "audit_event" VALUES(53,'2026-12-07 21:18:37.000000','public','signature.confirmed',1,27,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(54,'2026-12-07 21:19:09.000000','public','signature.submitted',1,28,'{}');
INSERT INTO "audit_event" VALUES(55,'2026-12-07 21:19:53.000000','public','signature.confirmed',1,28,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(56,'2026-12-07 21:20:25.000000','public','signature.submitted',1,29,'{}');
INSERT INTO "audit_event" VALUES(57,'2026-12-07 21:21:09.000000','public','signature.submitted',1,30,'{}');
INSERT INTO "audit_event" VALUES(58,'2026-12-07 21:21:53.000000','public','signature.confirmed',1,30,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(59,'2026-12-07 21:22:25.000000','public','signature.submitted',1,31,'{}');
INSERT INTO "audit_event" VALUES(60,'2026-12-07 21:23:09.000000','public','signature.confirmed',1,31,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(61,'2026-12-07 21:23:41.000000','public','signature.submitted',1,32,'{}');
INSERT INTO "audit_event" VALUES(62,'2026-12-07 21:24:25.000000','public','signature.confirmed',1,32,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(63,'2026-12-07 21:24:57.000000','public','signature.submitted',1,33,'{}');
INSERT INTO "audit_event" VALUES(64,'2026-12-07 21:25:41.000000','public','signature.confirmed',1,33,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(65,'2026-12-07 21:26:13.000000','public','signature.submitted',1,34,'{}');
INSERT INTO "audit_event" VALUES(66,'2026-12-07 21:26:57.000000','public','signature.confirmed',1,34,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(67,'2026-12-07 21:27:29.000000','public','signature.submitted',1,35,'{}');
INSERT INTO "audit_event" VALUES(68,'2026-12-07 21:28:13.000000','public','signature.confirmed',1,35,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(69,'2026-12-07 21:28:45.000000','public','signature.submitted',1,36,'{}');
INSERT INTO "audit_event" VALUES(70,'2026-12-07 21:29:29.000000','public','signature.confirmed',1,36,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(71,'2026-12-07 21:30:01.000000','public','signature.submitted',1,37,'{}');
INSERT INTO "audit_event" VALUES(72,'2026-12-07 21:30:45.000000','public','signature.confirmed',1,37,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(73,'2026-12-07 21:31:17.000000','public','signature.submitted',1,38,'{}');
INSERT INTO "audit_event" VALUES(74,'2026-12-07 21:32:01.000000','public','signature.submitted',1,39,'{}');
INSERT INTO "audit_event" VALUES(75,'2026-12-07 21:32:45.000000','public','signature.confirmed',1,39,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(76,'2026-12-07 21:33:17.000000','public','signature.submitted',1,40,'{}');
INSERT INTO "audit_event" VALUES(77,'2026-12-07 21:34:01.000000','public','signature.confirmed',1,40,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(78,'2026-12-07 21:34:33.000000','public','signature.submitted',1,41,'{}');
INSERT INTO "audit_event" VALUES(79,'2026-12-07 21:35:17.000000','public','signature.confirmed',1,41,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(80,'2026-12-07 21:35:49.000000','public','signature.submitted',1,42,'{}');
INSERT INTO "audit_event" VALUES(81,'2026-12-07 21:36:33.000000','public','signature.confirmed',1,42,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(82,'2026-12-07 21:37:05.000000','public','signature.submitted',1,43,'{}');
INSERT INTO "audit_event" VALUES(83,'2026-12-07 21:37:49.000000','public','signature.confirmed',1,43,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(84,'2026-12-07 21:38:21.000000','public','signature.submitted',1,44,'{}');
INSERT INTO "audit_event" VALUES(85,'2026-12-07 21:39:05.000000','public','signature.confirmed',1,44,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(86,'2026-12-07 21:39:37.000000','public','signature.submitted',1,45,'{}');
INSERT INTO "audit_event" VALUES(87,'2026-12-07 21:40:21.000000','public','signature.confirmed',1,45,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(88,'2026-12-07 21:40:53.000000','public','signature.submitted',1,46,'{}');
INSERT INTO "audit_event" VALUES(89,'2026-12-07 21:41:37.000000','public','signature.confirmed',1,46,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(90,'2026-12-07 21:42:09.000000','public','signature.submitted',1,47,'{}');
INSERT INTO "audit_event" VALUES(91,'2026-12-07 21:42:53.000000','public','signature.submitted',1,48,'{}');
INSERT INTO "audit_event" VALUES(92,'2026-12-07 21:43:37.000000','public','signature.confirmed',1,48,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(93,'2026-12-07 21:44:09.000000','public','signature.submitted',1,49,'{}');
INSERT INTO "audit_event" VALUES(94,'2026-12-07 21:44:53.000000','public','signature.confirmed',1,49,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(95,'2026-12-07 21:45:25.000000','public','signature.submitted',1,50,'{}');
INSERT INTO "audit_event" VALUES(96,'2026-12-07 21:46:09.000000','public','signature.confirmed',1,50,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(97,'2026-12-07 21:46:41.000000','public','signature.submitted',1,51,'{}');
INSERT INTO "audit_event" VALUES(98,'2026-12-07 21:47:25.000000','public','signature.confirmed',1,51,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(99,'2026-12-07 21:47:57.000000','public','signature.submitted',1,52,'{}');
INSERT INTO "audit_event" VALUES(100,'2026-12-07 21:48:41.000000','public','signature.confirmed',1,52,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(101,'2026-12-07 21:49:13.000000','public','signature.submitted',1,53,'{}');
INSERT INTO "audit_event" VALUES(102,'2026-12-07 21:49:57.000000','public','signature.confirmed',1,53,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(103,'2026-12-07 21:50:29.000000','public','signature.submitted',1,54,'{}');
INSERT INTO "audit_event" VALUES(104,'2026-12-07 21:51:13.000000','public','signature.confirmed',1,54,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(105,'2026-12-07 21:51:45.000000','public','signature.submitted',1,55,'{}');
INSERT INTO "audit_event" VALUES(106,'2026-12-07 21:52:29.000000','public','signature.confirmed',1,55,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(107,'2026-12-07 21:53:01.000000','public','signature.submitted',1,56,'{}');
INSERT INTO "audit_event" VALUES(108,'2026-12-07 21:53:45.000000','public','signature.submitted',1,57,'{}');
INSERT INTO "audit_event" VALUES(109,'2026-12-07 21:54:29.000000','public','signature.confirmed',1,57,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(110,'2026-12-07 21:55:01.000000','public','signature.submitted',1,58,'{}');
INSERT INTO "audit_event" VALUES(111,'2026-12-07 21:55:45.000000','public','signature.confirmed',1,58,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(112,'2026-12-07 21:56:17.000000','public','signature.submitted',1,59,'{}');
INSERT INTO "audit_event" VALUES(113,'2026-12-07 21:57:01.000000','public','signature.confirmed',1,59,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(114,'2026-12-07 21:57:33.000000','public','signature.submitted',1,60,'{}');
INSERT INTO "audit_event" VALUES(115,'2026-12-07 21:58:17.000000','public','signature.confirmed',1,60,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(116,'2026-12-07 21:58:49.000000','public','signature.submitted',1,61,'{}');
INSERT INTO "audit_event" VALUES(117,'2026-12-07 21:59:33.000000','public','signature.confirmed',1,61,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(118,'2026-12-07 22:00:05.000000','public','signature.submitted',1,62,'{}');
INSERT INTO "audit_event" VALUES(119,'2026-12-07 22:00:49.000000','public','signature.confirmed',1,62,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(120,'2026-12-07 22:01:21.000000','public','signature.submitted',1,63,'{}');
INSERT INTO "audit_event" VALUES(121,'2026-12-07 22:02:05.000000','public','signature.confirmed',1,63,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(122,'2026-12-07 22:02:37.000000','public','signature.submitted',1,64,'{}');
INSERT INTO "audit_event" VALUES(123,'2026-12-07 22:03:21.000000','public','signature.confirmed',1,64,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(124,'2026-12-07 22:03:53.000000','public','signature.submitted',1,65,'{}');
INSERT INTO "audit_event" VALUES(125,'2026-12-07 22:04:37.000000','public','signature.submitted',1,66,'{}');
INSERT INTO "audit_event" VALUES(126,'2026-12-07 22:05:21.000000','public','signature.confirmed',1,66,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(127,'2026-12-07 22:05:53.000000','public','signature.submitted',1,67,'{}');
INSERT INTO "audit_event" VALUES(128,'2026-12-07 22:06:37.000000','public','signature.confirmed',1,67,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(129,'2026-12-07 22:07:09.000000','public','signature.submitted',1,68,'{}');
INSERT INTO "audit_event" VALUES(130,'2026-12-07 22:07:53.000000','public','signature.confirmed',1,68,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(131,'2026-12-07 22:08:25.000000','public','signature.submitted',1,69,'{}');
INSERT INTO "audit_event" VALUES(132,'2026-12-07 22:09:09.000000','public','signature.confirmed',1,69,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(133,'2026-12-07 22:09:41.000000','public','signature.submitted',1,70,'{}');
INSERT INTO "audit_event" VALUES(134,'2026-12-07 22:10:25.000000','public','signature.confirmed',1,70,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(135,'2026-12-07 22:10:57.000000','public','signature.submitted',1,71,'{}');
INSERT INTO "audit_event" VALUES(136,'2026-12-07 22:11:41.000000','public','signature.confirmed',1,71,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(137,'2026-12-07 22:12:13.000000','public','signature.submitted',1,72,'{}');
INSERT INTO "audit_event" VALUES(138,'2026-12-07 22:12:57.000000','public','signature.confirmed',1,72,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(139,'2026-12-07 22:13:29.000000','public','signature.submitted',1,73,'{}');
INSERT INTO "audit_event" VALUES(140,'2026-12-07 22:14:13.000000','public','signature.confirmed',1,73,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(141,'2026-12-07 22:14:45.000000','public','signature.submitted',1,74,'{}');
INSERT INTO "audit_event" VALUES(142,'2026-12-07 22:15:29.000000','public','signature.submitted',1,75,'{}');
INSERT INTO "audit_event" VALUES(143,'2026-12-07 22:16:13.000000','public','signature.confirmed',1,75,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(144,'2026-12-07 22:16:45.000000','public','signature.submitted',1,76,'{}');
INSERT INTO "audit_event" VALUES(145,'2026-12-07 22:17:29.000000','public','signature.confirmed',1,76,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(146,'2026-12-07 22:18:01.000000','public','signature.submitted',1,77,'{}');
INSERT INTO "audit_event" VALUES(147,'2026-12-07 22:18:45.000000','public','signature.confirmed',1,77,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(148,'2026-12-07 22:19:17.000000','public','signature.submitted',1,78,'{}');
INSERT INTO "audit_event" VALUES(149,'2026-12-07 22:20:01.000000','public','signature.confirmed',1,78,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(150,'2026-12-07 22:20:33.000000','public','signature.submitted',1,79,'{}');
INSERT INTO "audit_event" VALUES(151,'2026-12-07 22:21:17.000000','public','signature.confirmed',1,79,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(152,'2026-12-07 22:21:49.000000','public','signature.submitted',1,80,'{}');
INSERT INTO "audit_event" VALUES(153,'2026-12-07 22:22:33.000000','public','signature.confirmed',1,80,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(154,'2026-12-07 22:23:05.000000','public','signature.submitted',1,81,'{}');
INSERT INTO "audit_event" VALUES(155,'2026-12-07 22:23:49.000000','public','signature.confirmed',1,81,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(156,'2026-12-07 22:24:21.000000','public','signature.submitted',1,82,'{}');
INSERT INTO "audit_event" VALUES(157,'2026-12-07 22:25:05.000000','public','signature.confirmed',1,82,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(158,'2026-12-07 22:25:37.000000','public','signature.submitted',1,83,'{}');
INSERT INTO "audit_event" VALUES(159,'2026-12-07 22:26:21.000000','public','signature.submitted',1,84,'{}');
INSERT INTO "audit_event" VALUES(160,'2026-12-07 22:27:05.000000','public','signature.confirmed',1,84,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(161,'2026-12-07 22:27:37.000000','public','signature.submitted',1,85,'{}');
INSERT INTO "audit_event" VALUES(162,'2026-12-07 22:28:21.000000','public','signature.confirmed',1,85,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(163,'2026-12-07 22:28:53.000000','public','signature.submitted',1,86,'{}');
INSERT INTO "audit_event" VALUES(164,'2026-12-07 22:29:37.000000','public','signature.confirmed',1,86,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(165,'2026-12-07 22:30:09.000000','public','signature.submitted',2,87,'{}');
INSERT INTO "audit_event" VALUES(166,'2026-12-07 22:30:53.000000','public','signature.confirmed',2,87,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(167,'2026-12-07 22:31:25.000000','public','signature.submitted',2,88,'{}');
INSERT INTO "audit_event" VALUES(168,'2026-12-07 22:32:09.000000','public','signature.submitted',2,89,'{}');
INSERT INTO "audit_event" VALUES(169,'2026-12-07 22:32:53.000000','public','signature.confirmed',2,89,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(170,'2026-12-07 22:33:25.000000','public','signature.submitted',2,90,'{}');
INSERT INTO "audit_event" VALUES(171,'2026-12-07 22:34:09.000000','public','signature.confirmed',2,90,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(172,'2026-12-07 22:34:41.000000','public','signature.submitted',2,91,'{}');
INSERT INTO "audit_event" VALUES(173,'2026-12-07 22:35:25.000000','public','signature.confirmed',2,91,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(174,'2026-12-07 22:35:57.000000','public','signature.submitted',2,92,'{}');
INSERT INTO "audit_event" VALUES(175,'2026-12-07 22:36:41.000000','public','signature.confirmed',2,92,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(176,'2026-12-07 22:37:13.000000','public','signature.submitted',2,93,'{}');
INSERT INTO "audit_event" VALUES(177,'2026-12-07 22:37:57.000000','public','signature.confirmed',2,93,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(178,'2026-12-07 22:38:29.000000','public','signature.submitted',2,94,'{}');
INSERT INTO "audit_event" VALUES(179,'2026-12-07 22:39:13.000000','public','signature.submitted',2,95,'{}');
INSERT INTO "audit_event" VALUES(180,'2026-12-07 22:39:57.000000','public','signature.confirmed',2,95,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(181,'2026-12-07 22:40:29.000000','public','signature.submitted',2,96,'{}');
INSERT INTO "audit_event" VALUES(182,'2026-12-07 22:41:13.000000','public','signature.confirmed',2,96,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(183,'2026-12-07 22:41:45.000000','public','signature.submitted',2,97,'{}');
INSERT INTO "audit_event" VALUES(184,'2026-12-07 22:42:29.000000','public','signature.confirmed',2,97,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(185,'2026-12-07 22:43:01.000000','public','signature.submitted',2,98,'{}');
INSERT INTO "audit_event" VALUES(186,'2026-12-07 22:43:45.000000','public','signature.confirmed',2,98,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(187,'2026-12-07 22:44:17.000000','public','signature.submitted',2,99,'{}');
INSERT INTO "audit_event" VALUES(188,'2026-12-07 22:45:01.000000','public','signature.confirmed',2,99,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(189,'2026-12-07 22:45:33.000000','public','signature.submitted',2,100,'{}');
INSERT INTO "audit_event" VALUES(190,'2026-12-07 22:46:17.000000','public','signature.submitted',2,101,'{}');
INSERT INTO "audit_event" VALUES(191,'2026-12-07 22:47:01.000000','public','signature.confirmed',2,101,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(192,'2026-12-07 22:47:33.000000','public','signature.submitted',2,102,'{}');
INSERT INTO "audit_event" VALUES(193,'2026-12-07 22:48:17.000000','public','signature.confirmed',2,102,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(194,'2026-12-07 22:48:49.000000','public','signature.submitted',2,103,'{}');
INSERT INTO "audit_event" VALUES(195,'2026-12-07 22:49:33.000000','public','signature.confirmed',2,103,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(196,'2026-12-07 22:50:05.000000','public','signature.submitted',2,104,'{}');
INSERT INTO "audit_event" VALUES(197,'2026-12-07 22:50:49.000000','public','signature.confirmed',2,104,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(198,'2026-12-07 22:51:21.000000','public','signature.submitted',2,105,'{}');
INSERT INTO "audit_event" VALUES(199,'2026-12-07 22:52:05.000000','public','signature.confirmed',2,105,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(200,'2026-12-07 22:52:37.000000','public','signature.submitted',2,106,'{}');
INSERT INTO "audit_event" VALUES(201,'2026-12-07 22:53:21.000000','public','signature.submitted',2,107,'{}');
INSERT INTO "audit_event" VALUES(202,'2026-12-07 22:54:05.000000','public','signature.confirmed',2,107,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(203,'2026-12-07 22:54:37.000000','public','signature.submitted',2,108,'{}');
INSERT INTO "audit_event" VALUES(204,'2026-12-07 22:55:21.000000','public','signature.confirmed',2,108,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(205,'2026-12-07 22:55:53.000000','public','signature.submitted',2,109,'{}');
INSERT INTO "audit_event" VALUES(206,'2026-12-07 22:56:37.000000','public','signature.confirmed',2,109,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(207,'2026-12-07 22:57:09.000000','public','signature.submitted',2,110,'{}');
INSERT INTO "audit_event" VALUES(208,'2026-12-07 22:57:53.000000','public','signature.confirmed',2,110,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(209,'2026-12-07 22:58:25.000000','public','signature.submitted',2,111,'{}');
INSERT INTO "audit_event" VALUES(210,'2026-12-07 22:59:09.000000','public','signature.confirmed',2,111,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(211,'2026-12-07 22:59:41.000000','public','signature.submitted',2,112,'{}');
INSERT INTO "audit_event" VALUES(212,'2026-12-07 23:00:25.000000','public','signature.submitted',2,113,'{}');
INSERT INTO "audit_event" VALUES(213,'2026-12-07 23:01:09.000000','public','signature.confirmed',2,113,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(214,'2026-12-07 23:01:41.000000','public','signature.submitted',2,114,'{}');
INSERT INTO "audit_event" VALUES(215,'2026-12-07 23:02:25.000000','public','signature.confirmed',2,114,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(216,'2026-12-07 23:02:57.000000','public','signature.submitted',2,115,'{}');
INSERT INTO "audit_event" VALUES(217,'2026-12-07 23:03:41.000000','public','signature.confirmed',2,115,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(218,'2026-12-07 23:04:13.000000','public','signature.submitted',2,116,'{}');
INSERT INTO "audit_event" VALUES(219,'2026-12-07 23:04:57.000000','public','signature.confirmed',2,116,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(220,'2026-12-07 23:05:29.000000','public','signature.submitted',1,117,'{}');
INSERT INTO "audit_event" VALUES(221,'2026-12-07 23:06:13.000000','public','signature.duplicate_refused',1,7,'{"typed_name": "\u041f\u0420\u0410\u0412\u041e\u0417\u0410\u0429\u0418\u0422\u041d\u042b\u0419 \u0426\u0415\u041d\u0422\u0420 \u00ab\u041c\u0415\u041c\u041e\u0420\u0418\u0410\u041b\u00bb", "source_ip": "127.0.0.1"}');
INSERT INTO "audit_event" VALUES(222,'2026-12-08 00:07:02.000000','public','signature.link_resent',1,11,'{}');
INSERT INTO "audit_event" VALUES(223,'2026-12-08 00:07:05.000000','public','signature.link_resent',1,20,'{}');
INSERT INTO "audit_event" VALUES(224,'2026-12-08 00:07:49.000000','public','signature.submitted',1,118,'{}');
INSERT INTO "audit_event" VALUES(225,'2026-12-08 00:08:33.000000','public','signature.confirmed',1,118,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(226,'2026-12-08 00:09:05.000000','public','signature.submitted',1,119,'{}');
INSERT INTO "audit_event" VALUES(227,'2026-12-08 00:09:49.000000','public','signature.submitted',1,120,'{}');
INSERT INTO "audit_event" VALUES(228,'2026-12-08 00:10:33.000000','public','signature.submitted',1,121,'{}');
INSERT INTO "audit_event" VALUES(229,'2026-12-08 00:11:17.000000','public','signature.submitted',1,122,'{}');
INSERT INTO "audit_event" VALUES(230,'2026-12-08 00:12:01.000000','public','signature.confirmed',1,122,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(231,'2026-12-08 00:12:33.000000','public','signature.submitted',1,123,'{}');
INSERT INTO "audit_event" VALUES(232,'2026-12-08 00:13:17.000000','public','signature.submitted',1,124,'{}');
INSERT INTO "audit_event" VALUES(233,'2026-12-08 00:14:01.000000','public','signature.submitted',1,125,'{}');
INSERT INTO "audit_event" VALUES(234,'2026-12-08 00:14:45.000000','public','signature.submitted',1,126,'{}');
INSERT INTO "audit_event" VALUES(235,'2026-12-08 00:15:29.000000','public','signature.confirmed',1,126,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(236,'2026-12-08 00:16:01.000000','public','signature.submitted',1,127,'{}');
INSERT INTO "audit_event" VALUES(237,'2026-12-08 00:16:45.000000','public','signature.submitted',1,128,'{}');
INSERT INTO "audit_event" VALUES(238,'2026-12-08 00:17:29.000000','public','signature.submitted',1,129,'{}');
INSERT INTO "audit_event" VALUES(239,'2026-12-08 00:18:13.000000','public','signature.submitted',1,130,'{}');
INSERT INTO "audit_event" VALUES(240,'2026-12-08 00:18:57.000000','public','signature.confirmed',1,130,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(241,'2026-12-08 00:19:29.000000','public','signature.submitted',1,131,'{}');
INSERT INTO "audit_event" VALUES(242,'2026-12-08 00:20:13.000000','public','signature.submitted',1,132,'{}');
INSERT INTO "audit_event" VALUES(243,'2026-12-08 00:20:57.000000','public','signature.submitted',2,133,'{}');
INSERT INTO "audit_event" VALUES(244,'2026-12-08 00:21:41.000000','public','signature.confirmed',2,133,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(245,'2026-12-08 00:22:13.000000','public','signature.submitted',2,134,'{}');
INSERT INTO "audit_event" VALUES(246,'2026-12-08 00:22:57.000000','public','signature.confirmed',2,134,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(247,'2026-12-08 00:23:29.000000','public','signature.submitted',2,135,'{}');
INSERT INTO "audit_event" VALUES(248,'2026-12-08 00:24:13.000000','public','signature.submitted',2,136,'{}');
INSERT INTO "audit_event" VALUES(249,'2026-12-08 00:24:57.000000','public','signature.confirmed',2,136,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(250,'2026-12-08 00:25:29.000000','public','signature.submitted',2,137,'{}');
INSERT INTO "audit_event" VALUES(251,'2026-12-08 00:26:13.000000','public','signature.confirmed',2,137,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(252,'2026-12-08 00:26:45.000000','public','signature.submitted',2,138,'{}');
INSERT INTO "audit_event" VALUES(253,'2026-12-08 00:27:29.000000','public','signature.submitted',2,139,'{}');
INSERT INTO "audit_event" VALUES(254,'2026-12-08 00:28:13.000000','public','signature.confirmed',2,139,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(255,'2026-12-08 00:28:45.000000','public','signature.submitted',2,140,'{}');
INSERT INTO "audit_event" VALUES(256,'2026-12-08 00:29:29.000000','public','signature.confirmed',2,140,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(257,'2026-12-08 00:30:01.000000','public','signature.submitted',2,141,'{}');
INSERT INTO "audit_event" VALUES(258,'2026-12-08 00:30:45.000000','public','signature.submitted',2,142,'{}');
INSERT INTO "audit_event" VALUES(259,'2026-12-08 00:31:29.000000','public','signature.confirmed',2,142,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(260,'2026-12-08 00:32:01.000000','public','signature.submitted',2,143,'{}');
INSERT INTO "audit_event" VALUES(261,'2026-12-08 00:32:45.000000','public','signature.confirmed',2,143,'{"status": "verified"}');
INSERT INTO "audit_event" VALUES(262,'2026-12-08 00:33:22.000000','public','signature.submitted',1,144,'{}');
INSERT INTO "audit_event" VALUES(263,'2026-12-08 00:34:06.000000','public','signature.submitted',1,145,'{}');
INSERT INTO "audit_event" VALUES(264,'2026-12-08 00:34:50.000000','public','signature.submitted',1,146,'{}');
INSERT INTO "audit_event" VALUES(265,'2026-12-08 00:35:34.000000','public','signature.submitted',1,147,'{}');
INSERT INTO "audit_event" VALUES(266,'2026-12-08 00:36:18.000000','public','signature.submitted',1,148,'{}');
INSERT INTO "audit_event" VALUES(267,'2026-12-08 00:37:02.000000','public','signature.submitted',2,149,'{}');
INSERT INTO "audit_event" VALUES(268,'2026-12-08 00:37:49.000000','coordinator:1','coordinator.logged_out',NULL,NULL,'{}');
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
INSERT INTO "coordinator" VALUES(1,'maria@lawg.example.org','María José Núñez','scrypt:32768:8:1$tkjVcE2gxqtS11bv$2454cce12732909da542e059d01313e3d7e6f3350d3593b9fe0bc0715a14af0d8b29c327dd05958e2b2f1a2ab52abc0c1208924a0b8826bf0059be873a8695d6',2,'2026-12-07 20:53:07.000000');
INSERT INTO "coordinator" VALUES(2,'tomas@came.example.org','Tomás Ibáñez','scrypt:32768:8:1$OjTnK1Bo8T2YN7Lr$235ad788ee782f6b742c53f2a776709af82c7576bb4d6663ac419b2418dcf31f072b739cddf7b022ac65daafdf29b2140f77b10b1a14a90ac62811c82add69ab',1,'2026-12-07 20:53:12.000000');
INSERT INTO "coordinator" VALUES(3,'coordinator@example.org','Demo Coordinator','scrypt:32768:8:1$DZQ4As7VH8TEPphd$05e9888606c8a4e1510b484e7d599e8f2f93b1a4909a39c0232af15280528c1d49398979279e97c968940dd2695d7d23f9a8525e95cde22b82e1043dc27902df',1,'2026-12-07 20:53:32.000000');
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

http://signon.example.org/confirm/eyJzIjo3fQ.axcc0Q.FPoFw7aWMQ0uCPljKsBMmOzyohU

The link works until 14 Dec 2026, 20:53 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo3fQ.axcc0Q.FPoFw7aWMQ0uCPljKsBMmOzyohU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3fQ.axcc0Q.FPoFw7aWMQ0uCPljKsBMmOzyohU</p>
<p>The link works until 14 Dec 2026, 20:53 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Правозащитный центр «Мемориал»</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Москва, Россия</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org000.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678899.9382.17187088353863179835@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:53:37 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:53:37.000000',1,'2026-12-07 20:53:37.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(2,'firmante001@org001.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Haddad,

You asked to add مركز الخليج لحقوق الإنسان to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4fQ.axcdHQ.nG6sALG0Y4LvP3x38BAUiLb7ZPA

The link works until 14 Dec 2026, 20:54 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo4fQ.axcdHQ.nG6sALG0Y4LvP3x38BAUiLb7ZPA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4fQ.axcdHQ.nG6sALG0Y4LvP3x38BAUiLb7ZPA</p>
<p>The link works until 14 Dec 2026, 20:54 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>مركز الخليج لحقوق الإنسان</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>بيروت, لبنان</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678902.9382.14199549995332316100@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:54:53 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:54:53.000000',1,'2026-12-07 20:54:53.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(3,'firmante002@org002.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Dubois,

You asked to add 移民支援ネットワーク to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5fQ.axcdaQ.ieOhwL9yodPkNTX9aBQMf2VgcnM

The link works until 14 Dec 2026, 20:56 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo5fQ.axcdaQ.ieOhwL9yodPkNTX9aBQMf2VgcnM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5fQ.axcdaQ.ieOhwL9yodPkNTX9aBQMf2VgcnM</p>
<p>The link works until 14 Dec 2026, 20:56 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>移民支援ネットワーク</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>東京, 日本</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678904.9382.5454057338642691199@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:56:09 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:56:09.000000',1,'2026-12-07 20:56:09.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(4,'firmante003@org003.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Иванова,

You asked to add 中国劳工通讯 to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMH0.axcdtQ.E_EeoOb55UN7SSjzdzH4auAFu-0

The link works until 14 Dec 2026, 20:57 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMH0.axcdtQ.E_EeoOb55UN7SSjzdzH4auAFu-0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMH0.axcdtQ.E_EeoOb55UN7SSjzdzH4auAFu-0</p>
<p>The link works until 14 Dec 2026, 20:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>中国劳工通讯</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>香港, 中国</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org003.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678905.9382.12304500430563262994@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:57:25 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:57:25.000000',1,'2026-12-07 20:57:25.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(5,'firmante004@org004.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José García,

You asked to add The Border Justice Project to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMX0.axceAQ.agoUhiiOxJeRynAZnQssTjktByI

The link works until 14 Dec 2026, 20:58 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMX0.axceAQ.agoUhiiOxJeRynAZnQssTjktByI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMX0.axceAQ.agoUhiiOxJeRynAZnQssTjktByI</p>
<p>The link works until 14 Dec 2026, 20:58 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>The Border Justice Project</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José García, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678907.9382.11908847050899538286@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:58:41 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:58:41.000000',1,'2026-12-07 20:58:41.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(6,'firmante005@org005.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Müller,

You asked to add Ärzte für Menschenrechte to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMn0.axceLQ.MHv-8gJeX8lLSHrlWCQRsmCHcb4

The link works until 14 Dec 2026, 20:59 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMn0.axceLQ.MHv-8gJeX8lLSHrlWCQRsmCHcb4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMn0.axceLQ.MHv-8gJeX8lLSHrlWCQRsmCHcb4</p>
<p>The link works until 14 Dec 2026, 20:59 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ärzte für Menschenrechte</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Köln, NRW, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678908.9382.11634770232761974842@signon.example.org>", "Date": "Mon, 07 Dec 2026 20:59:25 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 20:59:25.000000',1,'2026-12-07 20:59:25.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(7,'firmante006@org006.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Peña,

You asked to add Œuvre d''Entraide Œcuménique to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxM30.axceeQ.P3PT_UiveQlA28NMlDWeE9dmSHA

The link works until 14 Dec 2026, 21:00 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxM30.axceeQ.P3PT_UiveQlA28NMlDWeE9dmSHA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxM30.axceeQ.P3PT_UiveQlA28NMlDWeE9dmSHA</p>
<p>The link works until 14 Dec 2026, 21:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Œuvre d&#39;Entraide Œcuménique</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Lyon, France</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org006.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678909.9382.9192140831598066886@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:00:41 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:00:41.000000',1,'2026-12-07 21:00:41.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(8,'firmante007@org007.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Núñez,

You asked to add Ñañu Colectivo Indígena to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNH0.axcexQ.A0xvQZzXOQC6K5Snj-WonBwsRgA

The link works until 14 Dec 2026, 21:01 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNH0.axcexQ.A0xvQZzXOQC6K5Snj-WonBwsRgA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNH0.axcexQ.A0xvQZzXOQC6K5Snj-WonBwsRgA</p>
<p>The link works until 14 Dec 2026, 21:01 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ñañu Colectivo Indígena</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Oaxaca, Oaxaca, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678911.9382.18082393144365700022@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:01:57 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:01:57.000000',1,'2026-12-07 21:01:57.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(9,'firmante008@org008.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Øster,

You asked to add Asociación Pro Búsqueda de Niñas y Niños Desaparecidos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNX0.axcfEQ.ilQHNymGkqhLr96KuQHb_GIHtas

The link works until 14 Dec 2026, 21:03 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNX0.axcfEQ.ilQHNymGkqhLr96KuQHb_GIHtas" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNX0.axcfEQ.ilQHNymGkqhLr96KuQHb_GIHtas</p>
<p>The link works until 14 Dec 2026, 21:03 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Pro Búsqueda de Niñas y Niños Desaparecidos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Øster, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678912.9382.16064167634027545162@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:03:13 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:03:13.000000',1,'2026-12-07 21:03:13.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(10,'firmante009@org009.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura O''Brien,

You asked to add Kino Border Initiative to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNn0.axcfXQ.dLLn2R0ieSU0-ixORG34Xi3EZ5I

The link works until 14 Dec 2026, 21:04 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNn0.axcfXQ.dLLn2R0ieSU0-ixORG34Xi3EZ5I" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNn0.axcfXQ.dLLn2R0ieSU0-ixORG34Xi3EZ5I</p>
<p>The link works until 14 Dec 2026, 21:04 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Kino Border Initiative</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Nogales, AZ, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org009.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678913.9382.7904004494554655990@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:04:29 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:04:29.000000',1,'2026-12-07 21:04:29.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(11,'firmante010@org010.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée 山田,

You asked to add Hope Border Institute to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxN30.axcfqQ.sRzDfAz2gsknQer4MvKseGoRcFg

The link works until 14 Dec 2026, 21:05 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxN30.axcfqQ.sRzDfAz2gsknQer4MvKseGoRcFg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxN30.axcfqQ.sRzDfAz2gsknQer4MvKseGoRcFg</p>
<p>The link works until 14 Dec 2026, 21:05 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Hope Border Institute</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678915.9382.8736922307735611680@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:05:45 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:05:45.000000',1,'2026-12-07 21:05:45.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(12,'firmante011@org011.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Martínez,

You asked to add Latin America Working Group to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxOH0.axcf9Q.5iiPyBksDe0qdEfELja07S_GiLU

The link works until 14 Dec 2026, 21:07 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxOH0.axcf9Q.5iiPyBksDe0qdEfELja07S_GiLU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxOH0.axcf9Q.5iiPyBksDe0qdEfELja07S_GiLU</p>
<p>The link works until 14 Dec 2026, 21:07 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Latin America Working Group</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678917.9382.2718469816616092602@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:07:01 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:07:01.000000',1,'2026-12-07 21:07:01.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(13,'firmante012@org012.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Haddad,

You asked to add Washington Office on Latin America to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxOX0.axcgQQ.nRaZA4t0oFZ2wk1t4tUVw4lc1nU

The link works until 14 Dec 2026, 21:08 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxOX0.axcgQQ.nRaZA4t0oFZ2wk1t4tUVw4lc1nU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxOX0.axcgQQ.nRaZA4t0oFZ2wk1t4tUVw4lc1nU</p>
<p>The link works until 14 Dec 2026, 21:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Washington Office on Latin America</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org012.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678918.9382.1179372185454163079@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:08:17 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:08:17.000000',1,'2026-12-07 21:08:17.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(14,'firmante013@org013.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Dubois,

You asked to add Centro de Derechos Humanos Fray Matías de Córdova to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMH0.axcgjQ.N6M2JulQ8et-NJXh2aL7v9Ngyj8

The link works until 14 Dec 2026, 21:09 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoyMH0.axcgjQ.N6M2JulQ8et-NJXh2aL7v9Ngyj8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMH0.axcgjQ.N6M2JulQ8et-NJXh2aL7v9Ngyj8</p>
<p>The link works until 14 Dec 2026, 21:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Derechos Humanos Fray Matías de Córdova</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678919.9382.5545910845507516767@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:09:33 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:09:33.000000',1,'2026-12-07 21:09:33.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(15,'firmante014@org014.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Иванова,

You asked to add Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMX0.axcguQ.U2LPY4fLLcoZpkTFDVejfYc2mHI

The link works until 14 Dec 2026, 21:10 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoyMX0.axcguQ.U2LPY4fLLcoZpkTFDVejfYc2mHI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMX0.axcguQ.U2LPY4fLLcoZpkTFDVejfYc2mHI</p>
<p>The link works until 14 Dec 2026, 21:10 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de México, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678920.9382.13830565322009792335@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:10:17 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:10:17.000000',1,'2026-12-07 21:10:17.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(16,'firmante015@org015.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë García,

You asked to add L''Association des Amis des Migrants to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMn0.axchBQ.wKwRzWOp9yc6YtWylzXhW0Ai4zk

The link works until 14 Dec 2026, 21:11 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoyMn0.axchBQ.wKwRzWOp9yc6YtWylzXhW0Ai4zk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMn0.axchBQ.wKwRzWOp9yc6YtWylzXhW0Ai4zk</p>
<p>The link works until 14 Dec 2026, 21:11 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>L&#39;Association des Amis des Migrants</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Montréal, QC, Canada</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org015.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë García, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678922.9382.659161299231509427@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:11:33 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:11:33.000000',1,'2026-12-07 21:11:33.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(17,'firmante016@org016.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Müller,

You asked to add Red por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyM30.axchUQ.3WX-gNbLBfq3OSRniFiI3tve5nw

The link works until 14 Dec 2026, 21:12 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoyM30.axchUQ.3WX-gNbLBfq3OSRniFiI3tve5nw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyM30.axchUQ.3WX-gNbLBfq3OSRniFiI3tve5nw</p>
<p>The link works until 14 Dec 2026, 21:12 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Müller, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678924.9382.9762599413870991813@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:12:49 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:12:49.000000',1,'2026-12-07 21:12:49.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(18,'firmante017@org017.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Peña,

You asked to add Centro for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNH0.axchnQ._904fVi6IaFE95YvXOoY0hxYcVA

The link works until 14 Dec 2026, 21:14 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoyNH0.axchnQ._904fVi6IaFE95YvXOoY0hxYcVA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNH0.axchnQ._904fVi6IaFE95YvXOoY0hxYcVA</p>
<p>The link works until 14 Dec 2026, 21:14 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678925.9382.9656955318285349268@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:14:05 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:14:05.000000',1,'2026-12-07 21:14:05.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(19,'firmante018@org018.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Núñez,

You asked to add Coalición de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNX0.axch6Q.q6dAI-TGXB4GwskggfWpunFbA-0

The link works until 14 Dec 2026, 21:15 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoyNX0.axch6Q.q6dAI-TGXB4GwskggfWpunFbA-0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNX0.axch6Q.q6dAI-TGXB4GwskggfWpunFbA-0</p>
<p>The link works until 14 Dec 2026, 21:15 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org018.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678926.9382.3768891389774085833@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:15:21 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:15:21.000000',1,'2026-12-07 21:15:21.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(20,'firmante019@org019.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Øster,

You asked to add Alliance for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyNn0.axciNQ.unflM6j9nLN4-gOC6Rf93c5waGg

The link works until 14 Dec 2026, 21:16 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoyNn0.axciNQ.unflM6j9nLN4-gOC6Rf93c5waGg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyNn0.axciNQ.unflM6j9nLN4-gOC6Rf93c5waGg</p>
<p>The link works until 14 Dec 2026, 21:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678928.9382.14874209177712826697@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:16:37 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:16:37.000000',1,'2026-12-07 21:16:37.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(21,'firmante020@org020.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima O''Brien,

You asked to add Network Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyN30.axcigQ.-00TH-2Jpv1UiOWfhur8i07UOEI

The link works until 14 Dec 2026, 21:17 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoyN30.axcigQ.-00TH-2Jpv1UiOWfhur8i07UOEI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyN30.axcigQ.-00TH-2Jpv1UiOWfhur8i07UOEI</p>
<p>The link works until 14 Dec 2026, 21:17 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678929.9382.15554517270371236438@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:17:53 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:17:53.000000',1,'2026-12-07 21:17:53.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(22,'firmante021@org021.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura 山田,

You asked to add Fundación for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyOH0.axcizQ.72dcyx9lOLH0gBMParNze0ODUP4

The link works until 14 Dec 2026, 21:19 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoyOH0.axcizQ.72dcyx9lOLH0gBMParNze0ODUP4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyOH0.axcizQ.72dcyx9lOLH0gBMParNze0ODUP4</p>
<p>The link works until 14 Dec 2026, 21:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org021.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura 山田, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678931.9382.3094497619163867507@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:19:09 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:19:09.000000',1,'2026-12-07 21:19:09.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(23,'firmante022@org022.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Martínez,

You asked to add Comité Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyOX0.axcjGQ.JI7_vJjpthNs1ATqJOp7BGk5-jc

The link works until 14 Dec 2026, 21:20 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoyOX0.axcjGQ.JI7_vJjpthNs1ATqJOp7BGk5-jc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyOX0.axcjGQ.JI7_vJjpthNs1ATqJOp7BGk5-jc</p>
<p>The link works until 14 Dec 2026, 21:20 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Martínez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678932.9382.619394162529685558@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:20:25 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:20:25.000000',1,'2026-12-07 21:20:25.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(24,'firmante023@org023.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Haddad,

You asked to add Institute de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMH0.axcjRQ.v2roPwMKRpWYWE2PsVQblpy8UlI

The link works until 14 Dec 2026, 21:21 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjozMH0.axcjRQ.v2roPwMKRpWYWE2PsVQblpy8UlI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMH0.axcjRQ.v2roPwMKRpWYWE2PsVQblpy8UlI</p>
<p>The link works until 14 Dec 2026, 21:21 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Haddad, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678933.9382.17374915179411389939@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:21:09 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:21:09.000000',1,'2026-12-07 21:21:09.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(25,'firmante024@org024.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Dubois,

You asked to add Colectivo for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMX0.axcjkQ.cnhVcllXLzUnBAPz7HvLAU3Blmg

The link works until 14 Dec 2026, 21:22 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjozMX0.axcjkQ.cnhVcllXLzUnBAPz7HvLAU3Blmg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMX0.axcjkQ.cnhVcllXLzUnBAPz7HvLAU3Blmg</p>
<p>The link works until 14 Dec 2026, 21:22 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org024.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Dubois, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678935.9382.1567326137067668392@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:22:25 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:22:25.000000',1,'2026-12-07 21:22:25.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(26,'firmante025@org025.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Иванова,

You asked to add Asociación Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozMn0.axcj3Q.K_8oksESBHpIP9KzLgKEWlbSHGM

The link works until 14 Dec 2026, 21:23 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjozMn0.axcj3Q.K_8oksESBHpIP9KzLgKEWlbSHGM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozMn0.axcj3Q.K_8oksESBHpIP9KzLgKEWlbSHGM</p>
<p>The link works until 14 Dec 2026, 21:23 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Иванова, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678936.9382.9913139105195958848@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:23:41 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:23:41.000000',1,'2026-12-07 21:23:41.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(27,'firmante026@org026.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz García,

You asked to add Council for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozM30.axckKQ.Y3nplZjzrhE4EWX7AL9E8NjUFgA

The link works until 14 Dec 2026, 21:24 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjozM30.axckKQ.Y3nplZjzrhE4EWX7AL9E8NjUFgA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozM30.axckKQ.Y3nplZjzrhE4EWX7AL9E8NjUFgA</p>
<p>The link works until 14 Dec 2026, 21:24 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz García, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678937.9382.15244692566452842434@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:24:57 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:24:57.000000',1,'2026-12-07 21:24:57.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(28,'firmante027@org027.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Müller,

You asked to add Observatorio de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNH0.axckdQ.Cnk3CPALNrCYWDqkU2N3fXBQ89A

The link works until 14 Dec 2026, 21:26 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjozNH0.axckdQ.Cnk3CPALNrCYWDqkU2N3fXBQ89A" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNH0.axckdQ.Cnk3CPALNrCYWDqkU2N3fXBQ89A</p>
<p>The link works until 14 Dec 2026, 21:26 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org027.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Müller, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678939.9382.3065670107619820925@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:26:13 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:26:13.000000',1,'2026-12-07 21:26:13.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(29,'firmante028@org028.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Peña,

You asked to add Red for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNX0.axckwQ.VOZ_pIKVDM2grn2Y6_3om7S1J1k

The link works until 14 Dec 2026, 21:27 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjozNX0.axckwQ.VOZ_pIKVDM2grn2Y6_3om7S1J1k" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNX0.axckwQ.VOZ_pIKVDM2grn2Y6_3om7S1J1k</p>
<p>The link works until 14 Dec 2026, 21:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Peña, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678941.9382.8185289407665839427@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:27:29 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:27:29.000000',1,'2026-12-07 21:27:29.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(30,'firmante029@org029.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Núñez,

You asked to add Centro de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozNn0.axclDQ.ftLPZbyDIq_6oA2lK9QDS84A7Bk

The link works until 14 Dec 2026, 21:28 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjozNn0.axclDQ.ftLPZbyDIq_6oA2lK9QDS84A7Bk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozNn0.axclDQ.ftLPZbyDIq_6oA2lK9QDS84A7Bk</p>
<p>The link works until 14 Dec 2026, 21:28 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Núñez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678942.9382.9766858979572149882@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:28:45 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:28:45.000000',1,'2026-12-07 21:28:45.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(31,'firmante030@org030.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Øster,

You asked to add Coalición for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozN30.axclWQ.B6DyONCHi-2BrKGhy3lK4TZ-Nq4

The link works until 14 Dec 2026, 21:30 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjozN30.axclWQ.B6DyONCHi-2BrKGhy3lK4TZ-Nq4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozN30.axclWQ.B6DyONCHi-2BrKGhy3lK4TZ-Nq4</p>
<p>The link works until 14 Dec 2026, 21:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org030.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Øster, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678944.9382.2733721263803463386@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:30:01 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:30:01.000000',1,'2026-12-07 21:30:01.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(32,'firmante031@org031.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль O''Brien,

You asked to add Alliance Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozOH0.axclpQ.DiEou7Zbbdrw3WT_2mVeOM_DROc

The link works until 14 Dec 2026, 21:31 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjozOH0.axclpQ.DiEou7Zbbdrw3WT_2mVeOM_DROc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozOH0.axclpQ.DiEou7Zbbdrw3WT_2mVeOM_DROc</p>
<p>The link works until 14 Dec 2026, 21:31 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль O&#39;Brien, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678945.9382.15357212907141883980@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:31:17 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:31:17.000000',1,'2026-12-07 21:31:17.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(33,'firmante032@org032.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima 山田,

You asked to add Network for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjozOX0.axcl0Q.4owHiB2RLWMA4MXAG-c4BEL_CR0

The link works until 14 Dec 2026, 21:32 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjozOX0.axcl0Q.4owHiB2RLWMA4MXAG-c4BEL_CR0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjozOX0.axcl0Q.4owHiB2RLWMA4MXAG-c4BEL_CR0</p>
<p>The link works until 14 Dec 2026, 21:32 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima 山田, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678946.9382.1155365289498349245@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:32:01 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:32:01.000000',1,'2026-12-07 21:32:01.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(34,'firmante033@org033.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Martínez,

You asked to add Fundación Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0MH0.axcmHQ.EBmde-dLo7TLKfc05M_Ea-GPpr8

The link works until 14 Dec 2026, 21:33 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo0MH0.axcmHQ.EBmde-dLo7TLKfc05M_Ea-GPpr8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0MH0.axcmHQ.EBmde-dLo7TLKfc05M_Ea-GPpr8</p>
<p>The link works until 14 Dec 2026, 21:33 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org033.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Martínez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678948.9382.17106714753816429348@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:33:17 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:33:17.000000',1,'2026-12-07 21:33:17.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(35,'firmante034@org034.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Haddad,

You asked to add Comité de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0MX0.axcmaQ.n2_nbj37gKadFMNuLSsmPFuyoYc

The link works until 14 Dec 2026, 21:34 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo0MX0.axcmaQ.n2_nbj37gKadFMNuLSsmPFuyoYc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0MX0.axcmaQ.n2_nbj37gKadFMNuLSsmPFuyoYc</p>
<p>The link works until 14 Dec 2026, 21:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Haddad, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678949.9382.16624719259793955018@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:34:33 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:34:33.000000',1,'2026-12-07 21:34:33.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(36,'firmante035@org035.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Dubois,

You asked to add Institute for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0Mn0.axcmtQ.G48kwzcq-66ZHAKI-ypw6Tv4_L4

The link works until 14 Dec 2026, 21:35 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo0Mn0.axcmtQ.G48kwzcq-66ZHAKI-ypw6Tv4_L4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0Mn0.axcmtQ.G48kwzcq-66ZHAKI-ypw6Tv4_L4</p>
<p>The link works until 14 Dec 2026, 21:35 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Dubois, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678951.9382.18221273586669184173@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:35:49 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:35:49.000000',1,'2026-12-07 21:35:49.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(37,'firmante036@org036.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Иванова,

You asked to add Colectivo Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0M30.axcnAQ.E9oaIdlCE1t3vFyn-hnsoOoPOXg

The link works until 14 Dec 2026, 21:37 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo0M30.axcnAQ.E9oaIdlCE1t3vFyn-hnsoOoPOXg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0M30.axcnAQ.E9oaIdlCE1t3vFyn-hnsoOoPOXg</p>
<p>The link works until 14 Dec 2026, 21:37 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org036.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Иванова, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678953.9382.17926678764721172469@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:37:05 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:37:05.000000',1,'2026-12-07 21:37:05.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(38,'firmante037@org037.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José García,

You asked to add Asociación for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0NH0.axcnTQ.M36DCIGr4l3cqya3R_oGu5A-mKo

The link works until 14 Dec 2026, 21:38 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo0NH0.axcnTQ.M36DCIGr4l3cqya3R_oGu5A-mKo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0NH0.axcnTQ.M36DCIGr4l3cqya3R_oGu5A-mKo</p>
<p>The link works until 14 Dec 2026, 21:38 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José García, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678954.9382.13149928438139030519@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:38:21 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:38:21.000000',1,'2026-12-07 21:38:21.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(39,'firmante038@org038.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Müller,

You asked to add Council de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0NX0.axcnmQ.cUp3lY2iP1Nd7ocVNUycXciOT8w

The link works until 14 Dec 2026, 21:39 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo0NX0.axcnmQ.cUp3lY2iP1Nd7ocVNUycXciOT8w" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0NX0.axcnmQ.cUp3lY2iP1Nd7ocVNUycXciOT8w</p>
<p>The link works until 14 Dec 2026, 21:39 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678955.9382.812767848820158958@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:39:37 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:39:37.000000',1,'2026-12-07 21:39:37.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(40,'firmante039@org039.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Peña,

You asked to add Observatorio por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0Nn0.axcn5Q.IO0zmZipayQ9C6FG4HbYu6BxH2Y

The link works until 14 Dec 2026, 21:40 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo0Nn0.axcn5Q.IO0zmZipayQ9C6FG4HbYu6BxH2Y" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0Nn0.axcn5Q.IO0zmZipayQ9C6FG4HbYu6BxH2Y</p>
<p>The link works until 14 Dec 2026, 21:40 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org039.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678957.9382.13309450243774250678@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:40:53 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:40:53.000000',1,'2026-12-07 21:40:53.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(41,'firmante040@org040.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Núñez,

You asked to add Red de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0N30.axcoMQ.OaG1fzGVyyA3lGq_G_U4pDWJ2mY

The link works until 14 Dec 2026, 21:42 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo0N30.axcoMQ.OaG1fzGVyyA3lGq_G_U4pDWJ2mY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0N30.axcoMQ.OaG1fzGVyyA3lGq_G_U4pDWJ2mY</p>
<p>The link works until 14 Dec 2026, 21:42 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678958.9382.11557844101912342251@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:42:09 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:42:09.000000',1,'2026-12-07 21:42:09.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(42,'firmante041@org041.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Øster,

You asked to add Centro for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0OH0.axcoXQ.9BX0ZFjmYckEzrsBSFhOUlqdD6c

The link works until 14 Dec 2026, 21:42 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo0OH0.axcoXQ.9BX0ZFjmYckEzrsBSFhOUlqdD6c" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0OH0.axcoXQ.9BX0ZFjmYckEzrsBSFhOUlqdD6c</p>
<p>The link works until 14 Dec 2026, 21:42 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678959.9382.298121204035841383@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:42:53 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:42:53.000000',1,'2026-12-07 21:42:53.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(43,'firmante042@org042.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño O''Brien,

You asked to add Coalición Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo0OX0.axcoqQ.LvLQpDs0G06R5B3OaySvYCjVOmo

The link works until 14 Dec 2026, 21:44 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo0OX0.axcoqQ.LvLQpDs0G06R5B3OaySvYCjVOmo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo0OX0.axcoqQ.LvLQpDs0G06R5B3OaySvYCjVOmo</p>
<p>The link works until 14 Dec 2026, 21:44 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org042.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678961.9382.18069222504410203083@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:44:09 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:44:09.000000',1,'2026-12-07 21:44:09.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(44,'firmante043@org043.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль 山田,

You asked to add Alliance for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1MH0.axco9Q.-o9xfdZ3v-WW-5CG1Ljqj8WzrJI

The link works until 14 Dec 2026, 21:45 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo1MH0.axco9Q.-o9xfdZ3v-WW-5CG1Ljqj8WzrJI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1MH0.axco9Q.-o9xfdZ3v-WW-5CG1Ljqj8WzrJI</p>
<p>The link works until 14 Dec 2026, 21:45 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль 山田, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678962.9382.16585912636904375575@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:45:25 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:45:25.000000',1,'2026-12-07 21:45:25.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(45,'firmante044@org044.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Martínez,

You asked to add Network Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1MX0.axcpQQ.I2c1xEJ4irPdN629I0i5zgBZBng

The link works until 14 Dec 2026, 21:46 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo1MX0.axcpQQ.I2c1xEJ4irPdN629I0i5zgBZBng" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1MX0.axcpQQ.I2c1xEJ4irPdN629I0i5zgBZBng</p>
<p>The link works until 14 Dec 2026, 21:46 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678964.9382.14635436307512267362@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:46:41 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:46:41.000000',1,'2026-12-07 21:46:41.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(46,'firmante045@org045.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Haddad,

You asked to add Fundación de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1Mn0.axcpjQ._OG47AorY3MkiQa1skLZ4nWEJjA

The link works until 14 Dec 2026, 21:47 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo1Mn0.axcpjQ._OG47AorY3MkiQa1skLZ4nWEJjA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1Mn0.axcpjQ._OG47AorY3MkiQa1skLZ4nWEJjA</p>
<p>The link works until 14 Dec 2026, 21:47 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org045.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678966.9382.1109906371444075882@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:47:57 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:47:57.000000',1,'2026-12-07 21:47:57.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(47,'firmante046@org046.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Dubois,

You asked to add Comité for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1M30.axcp2Q.6DjbvgWzAhDTvDuSz4ga5tSgRw4

The link works until 14 Dec 2026, 21:49 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo1M30.axcp2Q.6DjbvgWzAhDTvDuSz4ga5tSgRw4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1M30.axcp2Q.6DjbvgWzAhDTvDuSz4ga5tSgRw4</p>
<p>The link works until 14 Dec 2026, 21:49 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678967.9382.7649528389901362133@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:49:13 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:49:13.000000',1,'2026-12-07 21:49:13.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(48,'firmante047@org047.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Иванова,

You asked to add Institute Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1NH0.axcqJQ.YBIeBvTaAGhRVAUyTX5MVC3ZJws

The link works until 14 Dec 2026, 21:50 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo1NH0.axcqJQ.YBIeBvTaAGhRVAUyTX5MVC3ZJws" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1NH0.axcqJQ.YBIeBvTaAGhRVAUyTX5MVC3ZJws</p>
<p>The link works until 14 Dec 2026, 21:50 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678969.9382.6261071148502836093@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:50:29 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:50:29.000000',1,'2026-12-07 21:50:29.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(49,'firmante048@org048.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana García,

You asked to add Colectivo for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1NX0.axcqcQ.MvNVh5hgrrhBpCNoolI3dH-9XF8

The link works until 14 Dec 2026, 21:51 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo1NX0.axcqcQ.MvNVh5hgrrhBpCNoolI3dH-9XF8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1NX0.axcqcQ.MvNVh5hgrrhBpCNoolI3dH-9XF8</p>
<p>The link works until 14 Dec 2026, 21:51 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org048.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana García, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678970.9382.1610664957972109908@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:51:45 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:51:45.000000',1,'2026-12-07 21:51:45.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(50,'firmante049@org049.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Müller,

You asked to add Asociación de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1Nn0.axcqvQ.-JEg4WygLFZkMuIQVdL6dvp20sU

The link works until 14 Dec 2026, 21:53 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo1Nn0.axcqvQ.-JEg4WygLFZkMuIQVdL6dvp20sU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1Nn0.axcqvQ.-JEg4WygLFZkMuIQVdL6dvp20sU</p>
<p>The link works until 14 Dec 2026, 21:53 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678972.9382.1442736649624071544@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:53:01 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:53:01.000000',1,'2026-12-07 21:53:01.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(51,'firmante050@org050.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Peña,

You asked to add Council por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1N30.axcq6Q.VwSkNaLlmaeS_E6f056-id8UVDk

The link works until 14 Dec 2026, 21:53 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo1N30.axcq6Q.VwSkNaLlmaeS_E6f056-id8UVDk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1N30.axcq6Q.VwSkNaLlmaeS_E6f056-id8UVDk</p>
<p>The link works until 14 Dec 2026, 21:53 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678973.9382.5128372716659191461@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:53:45 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:53:45.000000',1,'2026-12-07 21:53:45.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(52,'firmante051@org051.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Núñez,

You asked to add Observatorio for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1OH0.axcrNQ.2bGd2kcs2PiN_nwANGHROeNd9Ew

The link works until 14 Dec 2026, 21:55 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo1OH0.axcrNQ.2bGd2kcs2PiN_nwANGHROeNd9Ew" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1OH0.axcrNQ.2bGd2kcs2PiN_nwANGHROeNd9Ew</p>
<p>The link works until 14 Dec 2026, 21:55 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org051.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678974.9382.79359424768261402@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:55:01 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:55:01.000000',1,'2026-12-07 21:55:01.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(53,'firmante052@org052.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Øster,

You asked to add Red for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo1OX0.axcrgQ.mfxdULj9nb8nZZJC0mwc8gZTlwU

The link works until 14 Dec 2026, 21:56 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo1OX0.axcrgQ.mfxdULj9nb8nZZJC0mwc8gZTlwU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo1OX0.axcrgQ.mfxdULj9nb8nZZJC0mwc8gZTlwU</p>
<p>The link works until 14 Dec 2026, 21:56 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Øster, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678976.9382.6236611822918117029@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:56:17 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:56:17.000000',1,'2026-12-07 21:56:17.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(54,'firmante053@org053.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile O''Brien,

You asked to add Centro Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2MH0.axcrzQ.G3buS8OSwYOR78eit7qqsNLO5MM

The link works until 14 Dec 2026, 21:57 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo2MH0.axcrzQ.G3buS8OSwYOR78eit7qqsNLO5MM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2MH0.axcrzQ.G3buS8OSwYOR78eit7qqsNLO5MM</p>
<p>The link works until 14 Dec 2026, 21:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678977.9382.15857616330419755618@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:57:33 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:57:33.000000',1,'2026-12-07 21:57:33.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(55,'firmante054@org054.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño 山田,

You asked to add Coalición for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2MX0.axcsGQ.U21crBG6VzlSsx918efBjTNdu_U

The link works until 14 Dec 2026, 21:58 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo2MX0.axcsGQ.U21crBG6VzlSsx918efBjTNdu_U" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2MX0.axcsGQ.U21crBG6VzlSsx918efBjTNdu_U</p>
<p>The link works until 14 Dec 2026, 21:58 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org054.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678979.9382.1041988634124197343@signon.example.org>", "Date": "Mon, 07 Dec 2026 21:58:49 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 21:58:49.000000',1,'2026-12-07 21:58:49.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(56,'firmante055@org055.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Martínez,

You asked to add Alliance Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2Mn0.axcsZQ.9FtjXGn5xVtCIBrrxjNF-ls8bVM

The link works until 14 Dec 2026, 22:00 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo2Mn0.axcsZQ.9FtjXGn5xVtCIBrrxjNF-ls8bVM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2Mn0.axcsZQ.9FtjXGn5xVtCIBrrxjNF-ls8bVM</p>
<p>The link works until 14 Dec 2026, 22:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678981.9382.6229565759879919681@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:00:05 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:00:05.000000',1,'2026-12-07 22:00:05.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(57,'firmante056@org056.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Haddad,

You asked to add Network de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2M30.axcssQ.DVotOrPFJQU1LofZuxfYPMhkPng

The link works until 14 Dec 2026, 22:01 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo2M30.axcssQ.DVotOrPFJQU1LofZuxfYPMhkPng" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2M30.axcssQ.DVotOrPFJQU1LofZuxfYPMhkPng</p>
<p>The link works until 14 Dec 2026, 22:01 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678982.9382.778862058674230232@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:01:21 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:01:21.000000',1,'2026-12-07 22:01:21.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(58,'firmante057@org057.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Dubois,

You asked to add Fundación for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2NH0.axcs_Q.ghAtBiLiJsqmEEpUjL8UcULLz5E

The link works until 14 Dec 2026, 22:02 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo2NH0.axcs_Q.ghAtBiLiJsqmEEpUjL8UcULLz5E" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2NH0.axcs_Q.ghAtBiLiJsqmEEpUjL8UcULLz5E</p>
<p>The link works until 14 Dec 2026, 22:02 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org057.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678984.9382.14400804691469522448@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:02:37 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:02:37.000000',1,'2026-12-07 22:02:37.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(59,'firmante058@org058.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Иванова,

You asked to add Comité Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2NX0.axctSQ.MLoEDloR2pJUgTztAPDRCxqZ-Us

The link works until 14 Dec 2026, 22:03 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo2NX0.axctSQ.MLoEDloR2pJUgTztAPDRCxqZ-Us" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2NX0.axctSQ.MLoEDloR2pJUgTztAPDRCxqZ-Us</p>
<p>The link works until 14 Dec 2026, 22:03 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678985.9382.16915792427735725030@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:03:53 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:03:53.000000',1,'2026-12-07 22:03:53.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(60,'firmante059@org059.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki García,

You asked to add Institute for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2Nn0.axctdQ.zKody4KblqAsZr7mPySqEVqLZhU

The link works until 14 Dec 2026, 22:04 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo2Nn0.axctdQ.zKody4KblqAsZr7mPySqEVqLZhU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2Nn0.axctdQ.zKody4KblqAsZr7mPySqEVqLZhU</p>
<p>The link works until 14 Dec 2026, 22:04 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki García, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678986.9382.15610386296991368293@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:04:37 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:04:37.000000',1,'2026-12-07 22:04:37.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(61,'firmante060@org060.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Müller,

You asked to add Colectivo de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2N30.axctwQ.qbVJEJO1t4ZHmSOVWexv46cSGtI

The link works until 14 Dec 2026, 22:05 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo2N30.axctwQ.qbVJEJO1t4ZHmSOVWexv46cSGtI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2N30.axctwQ.qbVJEJO1t4ZHmSOVWexv46cSGtI</p>
<p>The link works until 14 Dec 2026, 22:05 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org060.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Müller, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678988.9382.16309899680198095921@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:05:53 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:05:53.000000',1,'2026-12-07 22:05:53.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(62,'firmante061@org061.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Peña,

You asked to add Asociación por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2OH0.axcuDQ.D7JE2wKDBBC_BmJQD_zTOFKyBhM

The link works until 14 Dec 2026, 22:07 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo2OH0.axcuDQ.D7JE2wKDBBC_BmJQD_zTOFKyBhM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2OH0.axcuDQ.D7JE2wKDBBC_BmJQD_zTOFKyBhM</p>
<p>The link works until 14 Dec 2026, 22:07 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678989.9382.1060491491372472018@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:07:09 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:07:09.000000',1,'2026-12-07 22:07:09.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(63,'firmante062@org062.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Núñez,

You asked to add Council for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo2OX0.axcuWQ.om-KNfg2CRfzG6nlV-_XqdyKHSw

The link works until 14 Dec 2026, 22:08 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo2OX0.axcuWQ.om-KNfg2CRfzG6nlV-_XqdyKHSw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo2OX0.axcuWQ.om-KNfg2CRfzG6nlV-_XqdyKHSw</p>
<p>The link works until 14 Dec 2026, 22:08 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678991.9382.17859285010215155474@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:08:25 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:08:25.000000',1,'2026-12-07 22:08:25.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(64,'firmante063@org063.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Øster,

You asked to add Observatorio de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3MH0.axcupQ.zHsQLtOZGmr24XB7YCFnWdYEACg

The link works until 14 Dec 2026, 22:09 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo3MH0.axcupQ.zHsQLtOZGmr24XB7YCFnWdYEACg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3MH0.axcupQ.zHsQLtOZGmr24XB7YCFnWdYEACg</p>
<p>The link works until 14 Dec 2026, 22:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org063.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678992.9382.12906800228768585992@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:09:41 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:09:41.000000',1,'2026-12-07 22:09:41.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(65,'firmante064@org064.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José O''Brien,

You asked to add Red Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3MX0.axcu8Q.xCtxHnXHtzxvyhG_-mv0yo_SZZY

The link works until 14 Dec 2026, 22:10 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo3MX0.axcu8Q.xCtxHnXHtzxvyhG_-mv0yo_SZZY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3MX0.axcu8Q.xCtxHnXHtzxvyhG_-mv0yo_SZZY</p>
<p>The link works until 14 Dec 2026, 22:10 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678994.9382.17630988383789230479@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:10:57 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:10:57.000000',1,'2026-12-07 22:10:57.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(66,'firmante065@org065.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile 山田,

You asked to add Centro for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3Mn0.axcvPQ.onaZl5GIdHnDQLj634ydl9EiRiQ

The link works until 14 Dec 2026, 22:12 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo3Mn0.axcvPQ.onaZl5GIdHnDQLj634ydl9EiRiQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3Mn0.axcvPQ.onaZl5GIdHnDQLj634ydl9EiRiQ</p>
<p>The link works until 14 Dec 2026, 22:12 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile 山田, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678995.9382.15572005555662812022@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:12:13 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:12:13.000000',1,'2026-12-07 22:12:13.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(67,'firmante066@org066.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Martínez,

You asked to add Coalición Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3M30.axcviQ.YaEQ_ld0Q2Iu5SFIuLOFjl_tPwM

The link works until 14 Dec 2026, 22:13 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo3M30.axcviQ.YaEQ_ld0Q2Iu5SFIuLOFjl_tPwM" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3M30.axcviQ.YaEQ_ld0Q2Iu5SFIuLOFjl_tPwM</p>
<p>The link works until 14 Dec 2026, 22:13 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org066.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Martínez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678997.9382.18140120764974294662@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:13:29 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:13:29.000000',1,'2026-12-07 22:13:29.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(68,'firmante067@org067.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Haddad,

You asked to add Alliance de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3NH0.axcv1Q.YbedUto9DGRGzbeTx1zUgQ-wQNo

The link works until 14 Dec 2026, 22:14 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo3NH0.axcv1Q.YbedUto9DGRGzbeTx1zUgQ-wQNo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3NH0.axcv1Q.YbedUto9DGRGzbeTx1zUgQ-wQNo</p>
<p>The link works until 14 Dec 2026, 22:14 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Haddad, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678999.9382.17488849198829579428@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:14:45 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:14:45.000000',1,'2026-12-07 22:14:45.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(69,'firmante068@org068.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Dubois,

You asked to add Network for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3NX0.axcwAQ.Raf3K-0fmH3TKG547kt2TDirTbA

The link works until 14 Dec 2026, 22:15 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo3NX0.axcwAQ.Raf3K-0fmH3TKG547kt2TDirTbA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3NX0.axcwAQ.Raf3K-0fmH3TKG547kt2TDirTbA</p>
<p>The link works until 14 Dec 2026, 22:15 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Dubois, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667678999.9382.11840734061460932060@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:15:29 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:15:29.000000',1,'2026-12-07 22:15:29.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(70,'firmante069@org069.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Иванова,

You asked to add Fundación Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3Nn0.axcwTQ.uf0FIF17dHaCZpMVHcFwBIHVZZE

The link works until 14 Dec 2026, 22:16 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo3Nn0.axcwTQ.uf0FIF17dHaCZpMVHcFwBIHVZZE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3Nn0.axcwTQ.uf0FIF17dHaCZpMVHcFwBIHVZZE</p>
<p>The link works until 14 Dec 2026, 22:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org069.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Иванова, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679001.9382.4641467747917239156@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:16:45 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:16:45.000000',1,'2026-12-07 22:16:45.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(71,'firmante070@org070.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée García,

You asked to add Comité for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3N30.axcwmQ.qYpGrozvJ-rxaWRBbt0BYUr5nz0

The link works until 14 Dec 2026, 22:18 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo3N30.axcwmQ.qYpGrozvJ-rxaWRBbt0BYUr5nz0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3N30.axcwmQ.qYpGrozvJ-rxaWRBbt0BYUr5nz0</p>
<p>The link works until 14 Dec 2026, 22:18 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée García, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679002.9382.18019558952982848120@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:18:01 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:18:01.000000',1,'2026-12-07 22:18:01.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(72,'firmante071@org071.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Müller,

You asked to add Institute de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3OH0.axcw5Q.l5tqLK1Z4GzpahlhnHhMnqws0lo

The link works until 14 Dec 2026, 22:19 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo3OH0.axcw5Q.l5tqLK1Z4GzpahlhnHhMnqws0lo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3OH0.axcw5Q.l5tqLK1Z4GzpahlhnHhMnqws0lo</p>
<p>The link works until 14 Dec 2026, 22:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Müller, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679004.9382.15376419039705979666@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:19:17 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:19:17.000000',1,'2026-12-07 22:19:17.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(73,'firmante072@org072.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Peña,

You asked to add Colectivo por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo3OX0.axcxMQ.UqxzT91tnSU2eQcJki1FvvdGsQ4

The link works until 14 Dec 2026, 22:20 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo3OX0.axcxMQ.UqxzT91tnSU2eQcJki1FvvdGsQ4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo3OX0.axcxMQ.UqxzT91tnSU2eQcJki1FvvdGsQ4</p>
<p>The link works until 14 Dec 2026, 22:20 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org072.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Peña, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679005.9382.11745328543800039658@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:20:33 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:20:33.000000',1,'2026-12-07 22:20:33.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(74,'firmante073@org073.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Núñez,

You asked to add Asociación for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4MH0.axcxfQ.JOz2i70fkaSHm1boUOWPIQ1hoM0

The link works until 14 Dec 2026, 22:21 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo4MH0.axcxfQ.JOz2i70fkaSHm1boUOWPIQ1hoM0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4MH0.axcxfQ.JOz2i70fkaSHm1boUOWPIQ1hoM0</p>
<p>The link works until 14 Dec 2026, 22:21 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Núñez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679007.9382.14904092912491470966@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:21:49 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:21:49.000000',1,'2026-12-07 22:21:49.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(75,'firmante074@org074.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz Øster,

You asked to add Council de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4MX0.axcxyQ.O5o7u5j7xCtviG-b_KeFLmDDxNk

The link works until 14 Dec 2026, 22:23 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo4MX0.axcxyQ.O5o7u5j7xCtviG-b_KeFLmDDxNk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4MX0.axcxyQ.O5o7u5j7xCtviG-b_KeFLmDDxNk</p>
<p>The link works until 14 Dec 2026, 22:23 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Øster, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679008.9382.15356048135453085265@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:23:05 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:23:05.000000',1,'2026-12-07 22:23:05.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(76,'firmante075@org075.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë O''Brien,

You asked to add Observatorio for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4Mn0.axcyFQ.HPIYL-erbvWLcU4H8xBcraBYHpo

The link works until 14 Dec 2026, 22:24 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo4Mn0.axcyFQ.HPIYL-erbvWLcU4H8xBcraBYHpo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4Mn0.axcyFQ.HPIYL-erbvWLcU4H8xBcraBYHpo</p>
<p>The link works until 14 Dec 2026, 22:24 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org075.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë O&#39;Brien, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679010.9382.13640326179139319531@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:24:21 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:24:21.000000',1,'2026-12-07 22:24:21.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(77,'firmante076@org076.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José 山田,

You asked to add Red for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4M30.axcyYQ.5opy2vRXwFP4xwGWwT7CI4xwVTw

The link works until 14 Dec 2026, 22:25 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo4M30.axcyYQ.5opy2vRXwFP4xwGWwT7CI4xwVTw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4M30.axcyYQ.5opy2vRXwFP4xwGWwT7CI4xwVTw</p>
<p>The link works until 14 Dec 2026, 22:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José 山田, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679011.9382.18033561438069232370@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:25:37 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:25:37.000000',1,'2026-12-07 22:25:37.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(78,'firmante077@org077.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Martínez,

You asked to add Centro Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4NH0.axcyjQ.Oa_79JypNsaAErmSroUcKFVuKgo

The link works until 14 Dec 2026, 22:26 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo4NH0.axcyjQ.Oa_79JypNsaAErmSroUcKFVuKgo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4NH0.axcyjQ.Oa_79JypNsaAErmSroUcKFVuKgo</p>
<p>The link works until 14 Dec 2026, 22:26 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Martínez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679012.9382.6554469424780982087@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:26:21 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:26:21.000000',1,'2026-12-07 22:26:21.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(79,'firmante078@org078.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Haddad,

You asked to add Coalición de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4NX0.axcy2Q.4NOXF2LaQiSXRuGKI6f7qc4Oj5c

The link works until 14 Dec 2026, 22:27 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo4NX0.axcy2Q.4NOXF2LaQiSXRuGKI6f7qc4Oj5c" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4NX0.axcy2Q.4NOXF2LaQiSXRuGKI6f7qc4Oj5c</p>
<p>The link works until 14 Dec 2026, 22:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org078.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Haddad, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679013.9382.14755342860834331894@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:27:37 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:27:37.000000',1,'2026-12-07 22:27:37.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(80,'firmante079@org079.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Dubois,

You asked to add Alliance for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4Nn0.axczJQ.UK2jWDLhA40kQnaP7be3njg6sww

The link works until 14 Dec 2026, 22:28 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo4Nn0.axczJQ.UK2jWDLhA40kQnaP7be3njg6sww" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4Nn0.axczJQ.UK2jWDLhA40kQnaP7be3njg6sww</p>
<p>The link works until 14 Dec 2026, 22:28 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Dubois, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679015.9382.287967306271412745@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:28:53 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 22:28:53.000000',1,'2026-12-07 22:28:53.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(81,'firmante100@org100.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Haddad,

You asked to add Red de Mujeres Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4N30.axczcQ.Fr-2jZxb0ZaL6dPANGuafD3g2vY

The link works until 14 Dec 2026, 22:30 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo4N30.axczcQ.Fr-2jZxb0ZaL6dPANGuafD3g2vY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4N30.axczcQ.Fr-2jZxb0ZaL6dPANGuafD3g2vY</p>
<p>The link works until 14 Dec 2026, 22:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Haddad, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679016.9382.11727937712021104222@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:30:09 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:30:09.000000',1,'2026-12-07 22:30:09.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(82,'firmante101@org101.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Dubois,

You asked to add Centro for Asylum Seekers to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4OH0.axczvQ.fpEqTeXyQWzUfg8Ha78eU_X7Ho4

The link works until 14 Dec 2026, 22:31 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo4OH0.axczvQ.fpEqTeXyQWzUfg8Ha78eU_X7Ho4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4OH0.axczvQ.fpEqTeXyQWzUfg8Ha78eU_X7Ho4</p>
<p>The link works until 14 Dec 2026, 22:31 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679018.9382.2966892920467552307@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:31:25 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:31:25.000000',1,'2026-12-07 22:31:25.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(83,'firmante102@org102.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño Иванова,

You asked to add Coalición Niñez sin Fronteras to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo4OX0.axcz6Q.5BoGof70OHyoBZxEjGFCHfJfa4I

The link works until 14 Dec 2026, 22:32 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo4OX0.axcz6Q.5BoGof70OHyoBZxEjGFCHfJfa4I" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo4OX0.axcz6Q.5BoGof70OHyoBZxEjGFCHfJfa4I</p>
<p>The link works until 14 Dec 2026, 22:32 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org102.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Иванова, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679019.9382.13926779486722695873@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:32:09 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:32:09.000000',1,'2026-12-07 22:32:09.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(84,'firmante103@org103.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль García,

You asked to add Alliance for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5MH0.axc0NQ.UGHJwUVK_gQJ6MvTs_VL1HOIk2A

The link works until 14 Dec 2026, 22:33 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo5MH0.axc0NQ.UGHJwUVK_gQJ6MvTs_VL1HOIk2A" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5MH0.axc0NQ.UGHJwUVK_gQJ6MvTs_VL1HOIk2A</p>
<p>The link works until 14 Dec 2026, 22:33 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль García, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679020.9382.1414085290633166289@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:33:25 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:33:25.000000',1,'2026-12-07 22:33:25.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(85,'firmante104@org104.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Müller,

You asked to add Network de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5MX0.axc0gQ.GfKn4LoMrlFu8nk8x3iZ8JNksDk

The link works until 14 Dec 2026, 22:34 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo5MX0.axc0gQ.GfKn4LoMrlFu8nk8x3iZ8JNksDk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5MX0.axc0gQ.GfKn4LoMrlFu8nk8x3iZ8JNksDk</p>
<p>The link works until 14 Dec 2026, 22:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Müller, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679022.9382.14809648713212915622@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:34:41 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:34:41.000000',1,'2026-12-07 22:34:41.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(86,'firmante105@org105.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Peña,

You asked to add Fundación por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5Mn0.axc0zQ.tT1IKV4U1bF9t2o-9P2WznbuRIk

The link works until 14 Dec 2026, 22:35 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo5Mn0.axc0zQ.tT1IKV4U1bF9t2o-9P2WznbuRIk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5Mn0.axc0zQ.tT1IKV4U1bF9t2o-9P2WznbuRIk</p>
<p>The link works until 14 Dec 2026, 22:35 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org105.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Peña, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679023.9382.15897649084461375783@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:35:57 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:35:57.000000',1,'2026-12-07 22:35:57.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(87,'firmante106@org106.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Renée Núñez,

You asked to add Comité for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5M30.axc1GQ.ntIkaObIfEWwj1eVp0_MlGZiAzE

The link works until 14 Dec 2026, 22:37 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo5M30.axc1GQ.ntIkaObIfEWwj1eVp0_MlGZiAzE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5M30.axc1GQ.ntIkaObIfEWwj1eVp0_MlGZiAzE</p>
<p>The link works until 14 Dec 2026, 22:37 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Núñez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679025.9382.16423095720509783121@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:37:13 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:37:13.000000',1,'2026-12-07 22:37:13.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(88,'firmante107@org107.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Iñaki Øster,

You asked to add Institute de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5NH0.axc1ZQ.48fMiJdLQdiwGnEji9-ORqXibC8

The link works until 14 Dec 2026, 22:38 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo5NH0.axc1ZQ.48fMiJdLQdiwGnEji9-ORqXibC8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5NH0.axc1ZQ.48fMiJdLQdiwGnEji9-ORqXibC8</p>
<p>The link works until 14 Dec 2026, 22:38 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Øster, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679026.9382.16129111817312251817@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:38:29 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:38:29.000000',1,'2026-12-07 22:38:29.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(89,'firmante108@org108.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana O''Brien,

You asked to add Colectivo for Refugee Rights to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5NX0.axc1kQ.RKAmwMJrTiarfu2oYXnPBbrjn3g

The link works until 14 Dec 2026, 22:39 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo5NX0.axc1kQ.RKAmwMJrTiarfu2oYXnPBbrjn3g" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5NX0.axc1kQ.RKAmwMJrTiarfu2oYXnPBbrjn3g</p>
<p>The link works until 14 Dec 2026, 22:39 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org108.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana O&#39;Brien, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679027.9382.7847992004960054431@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:39:13 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:39:13.000000',1,'2026-12-07 22:39:13.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(90,'firmante109@org109.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José 山田,

You asked to add Asociación Frontera Digna to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5Nn0.axc13Q.Icvv1HTbqyqLcKAM90iDtnBuPxE

The link works until 14 Dec 2026, 22:40 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo5Nn0.axc13Q.Icvv1HTbqyqLcKAM90iDtnBuPxE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5Nn0.axc13Q.Icvv1HTbqyqLcKAM90iDtnBuPxE</p>
<p>The link works until 14 Dec 2026, 22:40 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José 山田, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679029.9382.2876960759798337318@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:40:29 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:40:29.000000',1,'2026-12-07 22:40:29.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(91,'firmante110@org110.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Martínez,

You asked to add Council for Border Solidarity to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5N30.axc2KQ.qB4hHzZBCMtxExPpC8mCOuKUjwg

The link works until 14 Dec 2026, 22:41 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo5N30.axc2KQ.qB4hHzZBCMtxExPpC8mCOuKUjwg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5N30.axc2KQ.qB4hHzZBCMtxExPpC8mCOuKUjwg</p>
<p>The link works until 14 Dec 2026, 22:41 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Martínez, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679030.9382.15872323949721466235@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:41:45 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:41:45.000000',1,'2026-12-07 22:41:45.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(92,'firmante111@org111.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Haddad,

You asked to add Observatorio Jesuita con Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5OH0.axc2dQ.f75yQ0scvlpuSmiWvjYizpgyjXw

The link works until 14 Dec 2026, 22:43 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo5OH0.axc2dQ.f75yQ0scvlpuSmiWvjYizpgyjXw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5OH0.axc2dQ.f75yQ0scvlpuSmiWvjYizpgyjXw</p>
<p>The link works until 14 Dec 2026, 22:43 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org111.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Haddad, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679031.9382.1344570037121717817@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:43:01 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:43:01.000000',1,'2026-12-07 22:43:01.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(93,'firmante112@org112.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Dubois,

You asked to add Red for Asylum Seekers to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjo5OX0.axc2wQ.d-tvonQTJEmKCV2knXRp7MyQBoY

The link works until 14 Dec 2026, 22:44 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjo5OX0.axc2wQ.d-tvonQTJEmKCV2knXRp7MyQBoY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjo5OX0.axc2wQ.d-tvonQTJEmKCV2knXRp7MyQBoY</p>
<p>The link works until 14 Dec 2026, 22:44 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Dubois, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679033.9382.9254115272866895357@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:44:17 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:44:17.000000',1,'2026-12-07 22:44:17.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(94,'firmante113@org113.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Иванова,

You asked to add Centro Niñez sin Fronteras to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDB9.axc3DQ.CVsgL8oZb1WYgVsxgzIGKUsHLTI

The link works until 14 Dec 2026, 22:45 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDB9.axc3DQ.CVsgL8oZb1WYgVsxgzIGKUsHLTI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDB9.axc3DQ.CVsgL8oZb1WYgVsxgzIGKUsHLTI</p>
<p>The link works until 14 Dec 2026, 22:45 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Иванова, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679034.9382.1038370949797062696@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:45:33 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:45:33.000000',1,'2026-12-07 22:45:33.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(95,'firmante114@org114.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño García,

You asked to add Coalición for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDF9.axc3OQ.wYHpjsjChSmM_XZU0vzBX4IBrbg

The link works until 14 Dec 2026, 22:46 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDF9.axc3OQ.wYHpjsjChSmM_XZU0vzBX4IBrbg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDF9.axc3OQ.wYHpjsjChSmM_XZU0vzBX4IBrbg</p>
<p>The link works until 14 Dec 2026, 22:46 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org114.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño García, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679035.9382.5513180231554756230@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:46:17 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:46:17.000000',1,'2026-12-07 22:46:17.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(96,'firmante115@org115.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Müller,

You asked to add Alliance de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDJ9.axc3hQ.PJTj2cCCZJEFoVVIF5YlMaROMfw

The link works until 14 Dec 2026, 22:47 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDJ9.axc3hQ.PJTj2cCCZJEFoVVIF5YlMaROMfw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDJ9.axc3hQ.PJTj2cCCZJEFoVVIF5YlMaROMfw</p>
<p>The link works until 14 Dec 2026, 22:47 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Müller, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679037.9382.8338021342153442906@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:47:33 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:47:33.000000',1,'2026-12-07 22:47:33.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(97,'firmante116@org116.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Peña,

You asked to add Network por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDN9.axc30Q.F8EZLDrgfZ67wTxJ2RlDCjAa4CQ

The link works until 14 Dec 2026, 22:48 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDN9.axc30Q.F8EZLDrgfZ67wTxJ2RlDCjAa4CQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDN9.axc30Q.F8EZLDrgfZ67wTxJ2RlDCjAa4CQ</p>
<p>The link works until 14 Dec 2026, 22:48 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Peña, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679038.9382.5603939002391380092@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:48:49 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:48:49.000000',1,'2026-12-07 22:48:49.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(98,'firmante117@org117.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Núñez,

You asked to add Fundación for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDR9.axc4HQ.TJF5OkNeWW7bxlaIPIuQQsU5ihY

The link works until 14 Dec 2026, 22:50 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDR9.axc4HQ.TJF5OkNeWW7bxlaIPIuQQsU5ihY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDR9.axc4HQ.TJF5OkNeWW7bxlaIPIuQQsU5ihY</p>
<p>The link works until 14 Dec 2026, 22:50 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org117.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Núñez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679040.9382.13210866653567557729@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:50:05 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:50:05.000000',1,'2026-12-07 22:50:05.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(99,'firmante118@org118.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Renée Øster,

You asked to add Comité de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDV9.axc4aQ.dNpbeIDC0UcSu1-tczcpLGel5kc

The link works until 14 Dec 2026, 22:51 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDV9.axc4aQ.dNpbeIDC0UcSu1-tczcpLGel5kc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDV9.axc4aQ.dNpbeIDC0UcSu1-tczcpLGel5kc</p>
<p>The link works until 14 Dec 2026, 22:51 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Øster, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679041.9382.7744031505207960330@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:51:21 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:51:21.000000',1,'2026-12-07 22:51:21.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(100,'firmante119@org119.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Iñaki O''Brien,

You asked to add Institute for Refugee Rights to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDZ9.axc4tQ.H9uEvsrroI3ZW36jnFHhjI5XKgQ

The link works until 14 Dec 2026, 22:52 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDZ9.axc4tQ.H9uEvsrroI3ZW36jnFHhjI5XKgQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDZ9.axc4tQ.H9uEvsrroI3ZW36jnFHhjI5XKgQ</p>
<p>The link works until 14 Dec 2026, 22:52 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki O&#39;Brien, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679043.9382.7107659024250925012@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:52:37 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:52:37.000000',1,'2026-12-07 22:52:37.000000',NULL,'','2026-12-07 23:06:57.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(101,'firmante120@org120.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana 山田,

You asked to add Colectivo Frontera Digna to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDd9.axc44Q.KlUsc1_srpYVPCnfCqo7i_gc_PU

The link works until 14 Dec 2026, 22:53 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDd9.axc44Q.KlUsc1_srpYVPCnfCqo7i_gc_PU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDd9.axc44Q.KlUsc1_srpYVPCnfCqo7i_gc_PU</p>
<p>The link works until 14 Dec 2026, 22:53 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org120.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana 山田, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679044.9382.16833712999321885539@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:53:21 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:53:21.000000',1,'2026-12-07 22:53:21.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(102,'firmante121@org121.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José Martínez,

You asked to add Asociación for Border Solidarity to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDh9.axc5LQ.KbKifdgO4Bp4uPZ5xZtsL2O6ro4

The link works until 14 Dec 2026, 22:54 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDh9.axc5LQ.KbKifdgO4Bp4uPZ5xZtsL2O6ro4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDh9.axc5LQ.KbKifdgO4Bp4uPZ5xZtsL2O6ro4</p>
<p>The link works until 14 Dec 2026, 22:54 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Martínez, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679045.9382.2499854214977645783@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:54:37 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:54:37.000000',1,'2026-12-07 22:54:37.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(103,'firmante122@org122.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Haddad,

You asked to add Council Jesuita con Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMDl9.axc5eQ._Cfov1IW6fKjd0dJ3zn7gBr3PA8

The link works until 14 Dec 2026, 22:55 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMDl9.axc5eQ._Cfov1IW6fKjd0dJ3zn7gBr3PA8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMDl9.axc5eQ._Cfov1IW6fKjd0dJ3zn7gBr3PA8</p>
<p>The link works until 14 Dec 2026, 22:55 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Haddad, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679047.9382.16362536199261272563@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:55:53 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:55:53.000000',1,'2026-12-07 22:55:53.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(104,'firmante123@org123.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Dubois,

You asked to add Observatorio de Mujeres Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTB9.axc5xQ.RFUJvCo-70l68ZgwRdHclWU92z8

The link works until 14 Dec 2026, 22:57 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTB9.axc5xQ.RFUJvCo-70l68ZgwRdHclWU92z8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTB9.axc5xQ.RFUJvCo-70l68ZgwRdHclWU92z8</p>
<p>The link works until 14 Dec 2026, 22:57 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org123.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Dubois, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679048.9382.14289869922779706440@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:57:09 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:57:09.000000',1,'2026-12-07 22:57:09.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(105,'firmante124@org124.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José Иванова,

You asked to add Red Niñez sin Fronteras to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTF9.axc6EQ.FVNF6v8Qrym1DOoKvjHqbp932Hc

The link works until 14 Dec 2026, 22:58 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTF9.axc6EQ.FVNF6v8Qrym1DOoKvjHqbp932Hc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTF9.axc6EQ.FVNF6v8Qrym1DOoKvjHqbp932Hc</p>
<p>The link works until 14 Dec 2026, 22:58 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Иванова, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679050.9382.3720891761646153437@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:58:25 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:58:25.000000',1,'2026-12-07 22:58:25.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(106,'firmante125@org125.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile García,

You asked to add Centro for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTJ9.axc6XQ.aXvbRQu3j4gKRB0AOuKCgn21uJk

The link works until 14 Dec 2026, 22:59 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTJ9.axc6XQ.aXvbRQu3j4gKRB0AOuKCgn21uJk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTJ9.axc6XQ.aXvbRQu3j4gKRB0AOuKCgn21uJk</p>
<p>The link works until 14 Dec 2026, 22:59 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile García, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679051.9382.2271123140914547838@signon.example.org>", "Date": "Mon, 07 Dec 2026 22:59:41 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 22:59:41.000000',1,'2026-12-07 22:59:41.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(107,'firmante126@org126.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño Müller,

You asked to add Coalición de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTN9.axc6iQ.qWiG1kbJTeVNb7ZUUf0mYH_7m-Q

The link works until 14 Dec 2026, 23:00 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTN9.axc6iQ.qWiG1kbJTeVNb7ZUUf0mYH_7m-Q" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTN9.axc6iQ.qWiG1kbJTeVNb7ZUUf0mYH_7m-Q</p>
<p>The link works until 14 Dec 2026, 23:00 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org126.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679052.9382.3495218656112736123@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:00:25 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:00:25.000000',1,'2026-12-07 23:00:25.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(108,'firmante127@org127.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Peña,

You asked to add Alliance por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTR9.axc61Q.9cAsgVbRhKt0sY_XKYp18XALoxs

The link works until 14 Dec 2026, 23:01 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTR9.axc61Q.9cAsgVbRhKt0sY_XKYp18XALoxs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTR9.axc61Q.9cAsgVbRhKt0sY_XKYp18XALoxs</p>
<p>The link works until 14 Dec 2026, 23:01 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679054.9382.6219869219106350613@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:01:41 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:01:41.000000',1,'2026-12-07 23:01:41.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(109,'firmante128@org128.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Núñez,

You asked to add Network for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTV9.axc7IQ.ld7Cfr59vP1Ipf_MRB_N6l4GhmY

The link works until 14 Dec 2026, 23:02 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTV9.axc7IQ.ld7Cfr59vP1Ipf_MRB_N6l4GhmY" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTV9.axc7IQ.ld7Cfr59vP1Ipf_MRB_N6l4GhmY</p>
<p>The link works until 14 Dec 2026, 23:02 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679055.9382.9852245980831402017@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:02:57 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:02:57.000000',1,'2026-12-07 23:02:57.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(110,'firmante129@org129.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Sakura Øster,

You asked to add Fundación de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTZ9.axc7bQ.EjRPRFEvBH3yl3t5gP40dzI673g

The link works until 14 Dec 2026, 23:04 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTZ9.axc7bQ.EjRPRFEvBH3yl3t5gP40dzI673g" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTZ9.axc7bQ.EjRPRFEvBH3yl3t5gP40dzI673g</p>
<p>The link works until 14 Dec 2026, 23:04 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org129.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679057.9382.1618837445145239435@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:04:13 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-07 23:04:13.000000',1,'2026-12-07 23:04:13.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(111,'rebote@casasaltillo.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Alberto Xicoténcatl,

You asked to add Casa del Migrante Saltillo to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTd9.axc7uQ.LLXuGGga6W7SugJ8y11RPd9hBRo

The link works until 14 Dec 2026, 23:05 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTd9.axc7uQ.LLXuGGga6W7SugJ8y11RPd9hBRo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTd9.axc7uQ.LLXuGGga6W7SugJ8y11RPd9hBRo</p>
<p>The link works until 14 Dec 2026, 23:05 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Casa del Migrante Saltillo</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Saltillo, Coahuila, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Alberto Xicoténcatl, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679058.9382.12373901329923791344@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:05:29 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-07 23:05:29.000000',1,'2026-12-07 23:05:29.000000',NULL,'recipient refused: {''rebote@casasaltillo.example.org'': (550, b''5.1.1 No such mailbox here'')}',NULL,'2026-12-08 00:33:17.000000','');
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
</body></html>','{"Message-ID": "<179667679060.9382.9752219836209031084@signon.example.org>", "Date": "Mon, 07 Dec 2026 23:06:13 +0000", "Auto-Submitted": "auto-generated"}','already_signed',1,'2026-12-07 23:06:13.000000',1,'2026-12-07 23:06:13.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(113,'firmante004@org004.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José García,

You asked to add The Border Justice Project to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMX0.axdKJg.gzgwlxWqb3zIavy33t5gwgcif7U

The link works until 15 Dec 2026, 00:07 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMX0.axdKJg.gzgwlxWqb3zIavy33t5gwgcif7U" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMX0.axdKJg.gzgwlxWqb3zIavy33t5gwgcif7U</p>
<p>The link works until 15 Dec 2026, 00:07 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>The Border Justice Project</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Washington, DC, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José García, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679108.9382.2814969298445039930@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:07:02 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:07:02.000000',1,'2026-12-08 00:07:02.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(114,'firmante013@org013.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Dubois,

You asked to add Centro de Derechos Humanos Fray Matías de Córdova to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoyMH0.axdKKQ.sfW5zaGxVzS--dxMs_IUxkVH43g

The link works until 15 Dec 2026, 00:07 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoyMH0.axdKKQ.sfW5zaGxVzS--dxMs_IUxkVH43g" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoyMH0.axdKKQ.sfW5zaGxVzS--dxMs_IUxkVH43g</p>
<p>The link works until 15 Dec 2026, 00:07 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Derechos Humanos Fray Matías de Córdova</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Dubois, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679109.9382.7811064589684462651@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:07:05 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:07:05.000000',1,'2026-12-08 00:07:05.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(115,'firmante080@org080.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima Иванова,

You asked to add Network Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTh9.axdKVQ.M5wwozQOTK-8cQTqfIjTPJSgAjE

The link works until 15 Dec 2026, 00:07 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTh9.axdKVQ.M5wwozQOTK-8cQTqfIjTPJSgAjE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTh9.axdKVQ.M5wwozQOTK-8cQTqfIjTPJSgAjE</p>
<p>The link works until 15 Dec 2026, 00:07 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Иванова, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679110.9382.2537386777187083479@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:07:49 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:07:49.000000',1,'2026-12-08 00:07:49.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(116,'firmante081@org081.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura García,

You asked to add Fundación for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMTl9.axdKoQ.z8ZD7Iwku5038v6u7gbfGfYurBs

The link works until 15 Dec 2026, 00:09 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMTl9.axdKoQ.z8ZD7Iwku5038v6u7gbfGfYurBs" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMTl9.axdKoQ.z8ZD7Iwku5038v6u7gbfGfYurBs</p>
<p>The link works until 15 Dec 2026, 00:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org081.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura García, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679111.9382.17788788321390045943@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:09:05 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:09:05.000000',1,'2026-12-08 00:09:05.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(117,'firmante082@org082.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Müller,

You asked to add Comité de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjB9.axdKzQ.zsrSeNt5F_ifHrgBwRh_YK9L9l8

The link works until 15 Dec 2026, 00:09 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjB9.axdKzQ.zsrSeNt5F_ifHrgBwRh_YK9L9l8" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjB9.axdKzQ.zsrSeNt5F_ifHrgBwRh_YK9L9l8</p>
<p>The link works until 15 Dec 2026, 00:09 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Müller, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679112.9382.16454531276071310836@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:09:49 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:09:49.000000',1,'2026-12-08 00:09:49.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(118,'firmante083@org083.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Peña,

You asked to add Institute por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjF9.axdK-Q.VMzmxzoaVCB4i4KkhQFXclF1gok

The link works until 15 Dec 2026, 00:10 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjF9.axdK-Q.VMzmxzoaVCB4i4KkhQFXclF1gok" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjF9.axdK-Q.VMzmxzoaVCB4i4KkhQFXclF1gok</p>
<p>The link works until 15 Dec 2026, 00:10 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Peña, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679113.9382.10005462572032533060@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:10:33 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:10:33.000000',1,'2026-12-08 00:10:33.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(119,'firmante084@org084.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Núñez,

You asked to add Colectivo for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjJ9.axdLJQ.JEn84_VugAZ9IjliZIIWvRf9jqQ

The link works until 15 Dec 2026, 00:11 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjJ9.axdLJQ.JEn84_VugAZ9IjliZIIWvRf9jqQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjJ9.axdLJQ.JEn84_VugAZ9IjliZIIWvRf9jqQ</p>
<p>The link works until 15 Dec 2026, 00:11 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org084.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Núñez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679114.9382.2852514869586783272@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:11:17 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:11:17.000000',1,'2026-12-08 00:11:17.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(120,'firmante085@org085.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José Øster,

You asked to add Asociación de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjN9.axdLcQ.EHffHAp3_w65N3DBdAR-un0gpbc

The link works until 15 Dec 2026, 00:12 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjN9.axdLcQ.EHffHAp3_w65N3DBdAR-un0gpbc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjN9.axdLcQ.EHffHAp3_w65N3DBdAR-un0gpbc</p>
<p>The link works until 15 Dec 2026, 00:12 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Øster, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679115.9382.9365741104688062045@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:12:33 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:12:33.000000',1,'2026-12-08 00:12:33.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(121,'firmante086@org086.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz O''Brien,

You asked to add Council for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjR9.axdLnQ.b-04fqIlWfO310efY9ePEEd15nQ

The link works until 15 Dec 2026, 00:13 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjR9.axdLnQ.b-04fqIlWfO310efY9ePEEd15nQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjR9.axdLnQ.b-04fqIlWfO310efY9ePEEd15nQ</p>
<p>The link works until 15 Dec 2026, 00:13 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679116.9382.9592876456713468222@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:13:17 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:13:17.000000',1,'2026-12-08 00:13:17.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(122,'firmante087@org087.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë 山田,

You asked to add Observatorio Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjV9.axdLyQ.ORb9hOuYbATnYpY9tParLaBAI4g

The link works until 15 Dec 2026, 00:14 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjV9.axdLyQ.ORb9hOuYbATnYpY9tParLaBAI4g" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjV9.axdLyQ.ORb9hOuYbATnYpY9tParLaBAI4g</p>
<p>The link works until 15 Dec 2026, 00:14 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org087.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë 山田, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679117.9382.1237597161158825276@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:14:01 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:14:01.000000',1,'2026-12-08 00:14:01.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(123,'firmante088@org088.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello María José Martínez,

You asked to add Red Jesuita con Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjZ9.axdL9Q.knGvwlr7nGcOcG89U5Jgm_j_8qI

The link works until 15 Dec 2026, 00:14 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjZ9.axdL9Q.knGvwlr7nGcOcG89U5Jgm_j_8qI" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjZ9.axdL9Q.knGvwlr7nGcOcG89U5Jgm_j_8qI</p>
<p>The link works until 15 Dec 2026, 00:14 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679118.9382.5297669952425822615@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:14:45 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:14:45.000000',1,'2026-12-08 00:14:45.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(124,'firmante089@org089.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Émile Haddad,

You asked to add Centro de Mujeres Migrantes to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjd9.axdMQQ.MzMG6BItZ_yPf3c-73NE69UgAlA

The link works until 15 Dec 2026, 00:16 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjd9.axdMQQ.MzMG6BItZ_yPf3c-73NE69UgAlA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjd9.axdMQQ.MzMG6BItZ_yPf3c-73NE69UgAlA</p>
<p>The link works until 15 Dec 2026, 00:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679120.9382.16758139272020018062@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:16:01 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:16:01.000000',1,'2026-12-08 00:16:01.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(125,'firmante090@org090.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Nuño Dubois,

You asked to add Coalición for Asylum Seekers to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjh9.axdMbQ.xrGUdHwSKp4np32Tu2wfBQYaJTk

The link works until 15 Dec 2026, 00:16 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjh9.axdMbQ.xrGUdHwSKp4np32Tu2wfBQYaJTk" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjh9.axdMbQ.xrGUdHwSKp4np32Tu2wfBQYaJTk</p>
<p>The link works until 15 Dec 2026, 00:16 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org090.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679120.9382.6416228613943682683@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:16:45 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:16:45.000000',1,'2026-12-08 00:16:45.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(126,'firmante091@org091.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Айгуль Иванова,

You asked to add Alliance Niñez sin Fronteras to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMjl9.axdMmQ.WmSiCqYInRtLJnmZLGflhFQrXuw

The link works until 15 Dec 2026, 00:17 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMjl9.axdMmQ.WmSiCqYInRtLJnmZLGflhFQrXuw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMjl9.axdMmQ.WmSiCqYInRtLJnmZLGflhFQrXuw</p>
<p>The link works until 15 Dec 2026, 00:17 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance Niñez sin Fronteras</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679121.9382.3201099784085182887@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:17:29 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:17:29.000000',1,'2026-12-08 00:17:29.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(127,'firmante092@org092.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Fatima García,

You asked to add Network for Humane Borders to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzB9.axdMxQ.NdYSZw1UUDsHsOpRwiEtKPIekoE

The link works until 15 Dec 2026, 00:18 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzB9.axdMxQ.NdYSZw1UUDsHsOpRwiEtKPIekoE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzB9.axdMxQ.NdYSZw1UUDsHsOpRwiEtKPIekoE</p>
<p>The link works until 15 Dec 2026, 00:18 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima García, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679122.9382.3447426799292254702@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:18:13 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:18:13.000000',1,'2026-12-08 00:18:13.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(128,'firmante093@org093.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Sakura Müller,

You asked to add Fundación de Defensoras Comunitarias to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzF9.axdNEQ.B7kfp6rH2Bu9j0zUf-fhhBaRyT0

The link works until 15 Dec 2026, 00:19 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzF9.axdNEQ.B7kfp6rH2Bu9j0zUf-fhhBaRyT0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzF9.axdNEQ.B7kfp6rH2Bu9j0zUf-fhhBaRyT0</p>
<p>The link works until 15 Dec 2026, 00:19 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Fundación de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Madrid, España</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org093.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Sakura Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679124.9382.6071240716982757960@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:19:29 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:19:29.000000',1,'2026-12-08 00:19:29.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(129,'firmante094@org094.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Renée Peña,

You asked to add Comité por los Derechos Humanos to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzJ9.axdNPQ.WJrNsifEte7Jw1EgLZhf2eWZWhU

The link works until 15 Dec 2026, 00:20 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzJ9.axdNPQ.WJrNsifEte7Jw1EgLZhf2eWZWhU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzJ9.axdNPQ.WJrNsifEte7Jw1EgLZhf2eWZWhU</p>
<p>The link works until 15 Dec 2026, 00:20 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679124.9382.8793567956453990387@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:20:13 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:20:13.000000',1,'2026-12-08 00:20:13.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(130,'firmante130@org130.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Renée O''Brien,

You asked to add Comité for Refugee Rights to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzN9.axdNaQ.9k_HBrSlMJImdNlk3PadlYeIBgg

The link works until 15 Dec 2026, 00:20 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzN9.axdNaQ.9k_HBrSlMJImdNlk3PadlYeIBgg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzN9.axdNaQ.9k_HBrSlMJImdNlk3PadlYeIBgg</p>
<p>The link works until 15 Dec 2026, 00:20 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Comité for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad de Guatemala, Guatemala</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Renée O&#39;Brien, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679125.9382.16038807696801952795@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:20:57 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:20:57.000000',1,'2026-12-08 00:20:57.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(131,'firmante131@org131.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Iñaki 山田,

You asked to add Institute Frontera Digna to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzR9.axdNtQ.fH_EV1_x69nR4pzLpKwylWBWLws

The link works until 15 Dec 2026, 00:22 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzR9.axdNtQ.fH_EV1_x69nR4pzLpKwylWBWLws" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzR9.axdNtQ.fH_EV1_x69nR4pzLpKwylWBWLws</p>
<p>The link works until 15 Dec 2026, 00:22 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki 山田, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679127.9382.12779362219418908298@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:22:13 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:22:13.000000',1,'2026-12-08 00:22:13.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(132,'firmante132@org132.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Ana Martínez,

You asked to add Colectivo for Border Solidarity to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzV9.axdOAQ.Ya979z8MSHEgRuNWlhXD78FVyRA

The link works until 15 Dec 2026, 00:23 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzV9.axdOAQ.Ya979z8MSHEgRuNWlhXD78FVyRA" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzV9.axdOAQ.Ya979z8MSHEgRuNWlhXD78FVyRA</p>
<p>The link works until 15 Dec 2026, 00:23 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org132.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Martínez, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679129.9382.10433461589836680727@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:23:29 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:23:29.000000',1,'2026-12-08 00:23:29.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(133,'firmante133@org133.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello José Haddad,

You asked to add Asociación Jesuita con Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzZ9.axdOLQ.CoyQXiDCy7gCCwRppqET738xPME

The link works until 15 Dec 2026, 00:24 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzZ9.axdOLQ.CoyQXiDCy7gCCwRppqET738xPME" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzZ9.axdOLQ.CoyQXiDCy7gCCwRppqET738xPME</p>
<p>The link works until 15 Dec 2026, 00:24 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación Jesuita con Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José Haddad, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679130.9382.5761333720470476863@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:24:13 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:24:13.000000',1,'2026-12-08 00:24:13.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(134,'firmante134@org134.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Łukasz Dubois,

You asked to add Council de Mujeres Migrantes to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzd9.axdOeQ.ANSfQRnWdcJGRHTnfMb2ScNcps0

The link works until 15 Dec 2026, 00:25 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzd9.axdOeQ.ANSfQRnWdcJGRHTnfMb2ScNcps0" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzd9.axdOeQ.ANSfQRnWdcJGRHTnfMb2ScNcps0</p>
<p>The link works until 15 Dec 2026, 00:25 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council de Mujeres Migrantes</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz Dubois, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679131.9382.14696210434215907384@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:25:29 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:25:29.000000',1,'2026-12-08 00:25:29.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(135,'firmante135@org135.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Zoë Иванова,

You asked to add Observatorio for Asylum Seekers to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzh9.axdOxQ.mrvjdhzte4bXPSUzmzJa-_ft0dg

The link works until 15 Dec 2026, 00:26 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzh9.axdOxQ.mrvjdhzte4bXPSUzmzJa-_ft0dg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzh9.axdOxQ.mrvjdhzte4bXPSUzmzJa-_ft0dg</p>
<p>The link works until 15 Dec 2026, 00:26 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Asylum Seekers</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org135.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Иванова, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679133.9382.7944468049563423528@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:26:45 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:26:45.000000',1,'2026-12-08 00:26:45.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(136,'firmante136@org136.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello María José García,

You asked to add Red for Humane Borders to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxMzl9.axdO8Q.HLNmP_bjlXTh4OPs61qtGSYFXiU

The link works until 15 Dec 2026, 00:27 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxMzl9.axdO8Q.HLNmP_bjlXTh4OPs61qtGSYFXiU" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxMzl9.axdO8Q.HLNmP_bjlXTh4OPs61qtGSYFXiU</p>
<p>The link works until 15 Dec 2026, 00:27 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Red for Humane Borders</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tijuana, Baja California, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>María José García, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679134.9382.10261952880876083859@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:27:29 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:27:29.000000',1,'2026-12-08 00:27:29.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(137,'firmante137@org137.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Müller,

You asked to add Centro de Defensoras Comunitarias to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDB9.axdPPQ.HpjNZmtiDOq4BijTqXpcjR1zfkQ

The link works until 15 Dec 2026, 00:28 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDB9.axdPPQ.HpjNZmtiDOq4BijTqXpcjR1zfkQ" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDB9.axdPPQ.HpjNZmtiDOq4BijTqXpcjR1zfkQ</p>
<p>The link works until 15 Dec 2026, 00:28 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Centro de Defensoras Comunitarias</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Pedro Sula, Cortés, Honduras</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679135.9382.7389988873919935319@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:28:45 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:28:45.000000',1,'2026-12-08 00:28:45.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(138,'firmante138@org138.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Nuño Peña,

You asked to add Coalición por los Derechos Humanos to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDF9.axdPiQ.hl9qWBJsZ-coZv8mDgGhEwAuoDw

The link works until 15 Dec 2026, 00:30 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDF9.axdPiQ.hl9qWBJsZ-coZv8mDgGhEwAuoDw" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDF9.axdPiQ.hl9qWBJsZ-coZv8mDgGhEwAuoDw</p>
<p>The link works until 15 Dec 2026, 00:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Coalición por los Derechos Humanos</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tapachula, Chiapas, México</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org138.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Nuño Peña, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679137.9382.3436690202526298631@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:30:01 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:30:01.000000',1,'2026-12-08 00:30:01.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(139,'firmante139@org139.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Айгуль Núñez,

You asked to add Alliance for Migrant Justice to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDJ9.axdPtQ.x2S1PLu20dP4I8-5xgQkDx_GFxE

The link works until 15 Dec 2026, 00:30 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDJ9.axdPtQ.x2S1PLu20dP4I8-5xgQkDx_GFxE" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDJ9.axdPtQ.x2S1PLu20dP4I8-5xgQkDx_GFxE</p>
<p>The link works until 15 Dec 2026, 00:30 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Alliance for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de Centroamérica</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Genève, Suisse</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Айгуль Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679138.9382.614420431301531514@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:30:45 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:30:45.000000',1,'2026-12-08 00:30:45.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(140,'firmante005@org005.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Émile Müller,

You asked to add Ärzte für Menschenrechte to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDN9.axdQAQ.iKQvMKisxRajJv9hjHQrfsWy59M

The link works until 15 Dec 2026, 00:32 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDN9.axdQAQ.iKQvMKisxRajJv9hjHQrfsWy59M" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDN9.axdQAQ.iKQvMKisxRajJv9hjHQrfsWy59M</p>
<p>The link works until 15 Dec 2026, 00:32 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Ärzte für Menschenrechte</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones internacionales</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Köln, NRW, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Émile Müller, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679139.9382.4763606361416070011@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:32:01 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:32:01.000000',1,'2026-12-08 00:32:01.000000',NULL,'','2026-12-08 00:33:17.000000',NULL,'smtp');
INSERT INTO "outbox_message" VALUES(141,'firmante095@org095.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Iñaki Núñez,

You asked to add Institute for Migrant Justice to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDR9.axdQUg.N1F8SCikfojF_X1csOEmzmN34-U

The link works until 15 Dec 2026, 00:33 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDR9.axdQUg.N1F8SCikfojF_X1csOEmzmN34-U" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDR9.axdQUg.N1F8SCikfojF_X1csOEmzmN34-U</p>
<p>The link works until 15 Dec 2026, 00:33 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Institute for Migrant Justice</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Ciudad Juárez, Chihuahua, México</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Iñaki Núñez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679161.9382.6936764860136181129@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:33:22 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:33:22.000000',0,'2026-12-08 00:33:22.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(142,'firmante096@org096.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Ana Øster,

You asked to add Colectivo de Apoyo al Migrante to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDV9.axdQfg.70-bmriZzwuVr84eIkOYGTrwXNg

The link works until 15 Dec 2026, 00:34 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDV9.axdQfg.70-bmriZzwuVr84eIkOYGTrwXNg" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDV9.axdQfg.70-bmriZzwuVr84eIkOYGTrwXNg</p>
<p>The link works until 15 Dec 2026, 00:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Colectivo de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Salvador, El Salvador</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org096.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Ana Øster, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679162.9382.14719143909363672151@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:34:06 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:34:06.000000',0,'2026-12-08 00:34:06.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(143,'firmante097@org097.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello José O''Brien,

You asked to add Asociación for Refugee Rights to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDZ9.axdQqg.ZflTvzRPfPE-_xfHY8Vr_En47jo

The link works until 15 Dec 2026, 00:34 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDZ9.axdQqg.ZflTvzRPfPE-_xfHY8Vr_En47jo" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDZ9.axdQqg.ZflTvzRPfPE-_xfHY8Vr_En47jo</p>
<p>The link works until 15 Dec 2026, 00:34 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Asociación for Refugee Rights</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>State and Local Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>El Paso, TX, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>José O&#39;Brien, Coordinadora</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679163.9382.1624956892959123502@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:34:50 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:34:50.000000',0,'2026-12-08 00:34:50.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(144,'firmante098@org098.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Łukasz 山田,

You asked to add Council Frontera Digna to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDd9.axdQ1g.I1Qx-xRFNO2CpYX0Ipv1qfqXJIc

The link works until 15 Dec 2026, 00:35 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDd9.axdQ1g.I1Qx-xRFNO2CpYX0Ipv1qfqXJIc" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDd9.axdQ1g.I1Qx-xRFNO2CpYX0Ipv1qfqXJIc</p>
<p>The link works until 15 Dec 2026, 00:35 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Council Frontera Digna</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>International Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Berlin, Deutschland</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Łukasz 山田, Policy Officer</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679164.9382.16389166360218959756@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:35:34 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:35:34.000000',0,'2026-12-08 00:35:34.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(145,'firmante099@org099.example.org','Confirm your signature: U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border','Hello Zoë Martínez,

You asked to add Observatorio for Border Solidarity to the statement
"U.S. NGOs Denounce National Guard Actions in Migration Enforcement at U.S.-Mexico Border".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDh9.axdRAg.Aif6QKnaO6qqU3nwXsHvfrfPp2k

The link works until 15 Dec 2026, 00:36 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDh9.axdRAg.Aif6QKnaO6qqU3nwXsHvfrfPp2k" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDh9.axdRAg.Aif6QKnaO6qqU3nwXsHvfrfPp2k</p>
<p>The link works until 15 Dec 2026, 00:36 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Observatorio for Border Solidarity</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>National Organizations</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>San Diego, CA, United States</td></tr>
<tr><td style="padding-right: 12px;">Website</td><td>https://org099.example.org</td></tr>
<tr><td style="padding-right: 12px;">Signed by</td><td>Zoë Martínez, Президент</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: coalition@lawg.example.org</p>
</body></html>','{"Message-ID": "<179667679164.9382.7024610140075461164@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:36:18 +0000", "Auto-Submitted": "auto-generated"}','verify',1,'2026-12-08 00:36:18.000000',0,'2026-12-08 00:36:18.000000',NULL,'',NULL,NULL,'');
INSERT INTO "outbox_message" VALUES(146,'firmante140@org140.example.org','Confirm your signature: Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes','Hello Fatima Øster,

You asked to add Network de Apoyo al Migrante to the statement
"Acción urgente: la Guardia Nacional hostiga a un albergue para migrantes".

To confirm, open this link and press Confirm:

http://signon.example.org/confirm/eyJzIjoxNDl9.axdRLg.hyEf4d8BpJ132l6AW07xvvk4MN4

The link works until 15 Dec 2026, 00:37 UTC. Until you confirm, your
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
<p><a href="http://signon.example.org/confirm/eyJzIjoxNDl9.axdRLg.hyEf4d8BpJ132l6AW07xvvk4MN4" style="display: inline-block; padding: 10px 16px; background: #0b5394; color: #ffffff; text-decoration: none;">Confirm your signature</a></p>
<p>Or copy this link into your browser: http://signon.example.org/confirm/eyJzIjoxNDl9.axdRLg.hyEf4d8BpJ132l6AW07xvvk4MN4</p>
<p>The link works until 15 Dec 2026, 00:37 UTC. Until you confirm, your organization is not listed.</p>
<table role="presentation" style="border-collapse: collapse;">
<tr><td style="padding-right: 12px;">Organization</td><td>Network de Apoyo al Migrante</td></tr>
<tr><td style="padding-right: 12px;">Category</td><td>Organizaciones de México</td></tr>
<tr><td style="padding-right: 12px;">Location</td><td>Tucson, AZ, United States</td></tr>

<tr><td style="padding-right: 12px;">Signed by</td><td>Fatima Øster, Director</td></tr>
</table>
<p>If you did not ask for this, ignore this email: nothing is listed without confirmation. Questions: accion-urgente@amnistia.example.org</p>
</body></html>','{"Message-ID": "<179667679165.9382.15961925442572143860@signon.example.org>", "Date": "Tue, 08 Dec 2026 00:37:02 +0000", "Auto-Submitted": "auto-generated"}','verify',2,'2026-12-08 00:37:02.000000',0,'2026-12-08 00:37:02.000000',NULL,'',NULL,NULL,'');
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
INSERT INTO "signature" VALUES(1,4,9,'The Border Justice Project','border justice project','Washington','DC','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:53:32.000000','2026-12-07 20:53:32.000000',NULL,'2026-12-07 20:53:32.000000','','');
INSERT INTO "signature" VALUES(2,4,11,'Ámbito Migrante','ambito migrante','Mexico City','','Mexico','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:53:32.000000','2026-12-07 20:53:32.000000',NULL,'2026-12-07 20:53:32.000000','','');
INSERT INTO "signature" VALUES(3,4,9,'Amnesty International USA','amnesty international usa','New York','NY','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:53:32.000000','2026-12-07 20:53:32.000000',NULL,'2026-12-07 20:53:32.000000','','');
INSERT INTO "signature" VALUES(4,4,10,'Kino Border Initiative','kino border initiative','Nogales','AZ','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:53:32.000000','2026-12-07 20:53:32.000000',NULL,'2026-12-07 20:53:32.000000','','');
INSERT INTO "signature" VALUES(5,4,10,'Hope Border Institute','hope border institute','El Paso','TX','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:53:32.000000','2026-12-07 20:53:32.000000',NULL,'2026-12-07 20:53:32.000000','','');
INSERT INTO "signature" VALUES(6,4,9,'Latin America Working Group','latin america working group','Washington','DC','United States','','','Demo Contact','','demo-signatory@example.org',1,'verified','2026-12-07 20:53:32.000000','2026-12-07 20:53:32.000000',NULL,'2026-12-07 20:53:32.000000','','');
INSERT INTO "signature" VALUES(7,1,3,'Правозащитный центр «Мемориал»','правозащитныи центр мемориал','Москва','','Россия','https://org000.example.org','Firmamos en solidaridad con CAME.','Ana Martínez','Director','firmante000@org000.example.org',1,'verified','2026-12-07 20:53:37.000000','2026-12-07 20:54:21.000000','2026-12-07 20:54:21.000000','2026-12-07 20:54:21.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(8,1,2,'مركز الخليج لحقوق الإنسان','مركز الخليج لحقوق الإنسان','بيروت','','لبنان','','','José Haddad','Coordinadora','firmante001@org001.example.org',1,'verified','2026-12-07 20:54:53.000000','2026-12-07 20:55:37.000000','2026-12-07 20:55:37.000000','2026-12-07 20:55:37.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(9,1,3,'移民支援ネットワーク','移民支援ネットワーク','東京','','日本','','','Łukasz Dubois','Policy Officer','firmante002@org002.example.org',1,'verified','2026-12-07 20:56:09.000000','2026-12-07 20:56:53.000000','2026-12-07 20:56:53.000000','2026-12-07 20:56:53.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(10,1,1,'中国劳工通讯','中国劳工通讯','香港','','中国','https://org003.example.org','','Zoë Иванова','Президент','firmante003@org003.example.org',1,'verified','2026-12-07 20:57:25.000000','2026-12-07 20:58:09.000000','2026-12-07 20:58:09.000000','2026-12-07 20:58:09.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(11,1,2,'The Border Justice Project','border justice project','Washington','DC','United States','','','María José García','Director','firmante004@org004.example.org',1,'pending','2026-12-07 20:58:41.000000','2026-12-07 20:58:41.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(12,1,3,'Ärzte für Menschenrechte','arzte fur menschenrechte','Köln','NRW','Deutschland','','','Émile Müller','Coordinadora','firmante005@org005.example.org',1,'verified','2026-12-07 20:59:25.000000','2026-12-07 21:00:09.000000','2026-12-07 21:00:09.000000','2026-12-07 21:00:09.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(13,1,1,'Œuvre d''Entraide Œcuménique','œuvre dentraide œcumenique','Lyon','','France','https://org006.example.org','','Nuño Peña','Policy Officer','firmante006@org006.example.org',1,'verified','2026-12-07 21:00:41.000000','2026-12-07 21:01:25.000000','2026-12-07 21:01:25.000000','2026-12-07 21:01:25.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(14,1,2,'Ñañu Colectivo Indígena','nanu colectivo indigena','Oaxaca','Oaxaca','México','','','Айгуль Núñez','Президент','firmante007@org007.example.org',1,'verified','2026-12-07 21:01:57.000000','2026-12-07 21:02:41.000000','2026-12-07 21:02:41.000000','2026-12-07 21:02:41.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(15,1,3,'Asociación Pro Búsqueda de Niñas y Niños Desaparecidos','asociacion pro busqueda de ninas y ninos desaparecidos','San Salvador','','El Salvador','','','Fatima Øster','Director','firmante008@org008.example.org',1,'verified','2026-12-07 21:03:13.000000','2026-12-07 21:03:57.000000','2026-12-07 21:03:57.000000','2026-12-07 21:03:57.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(16,1,1,'Kino Border Initiative','kino border initiative','Nogales','AZ','United States','https://org009.example.org','','Sakura O''Brien','Coordinadora','firmante009@org009.example.org',1,'verified','2026-12-07 21:04:29.000000','2026-12-07 21:05:13.000000','2026-12-07 21:05:13.000000','2026-12-07 21:05:13.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(17,1,3,'Hope Border Institute','hope border institute','El Paso','TX','United States','','','Renée 山田','Policy Officer','firmante010@org010.example.org',1,'verified','2026-12-07 21:05:45.000000','2026-12-07 21:06:29.000000','2026-12-07 21:06:29.000000','2026-12-07 21:06:29.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(18,1,3,'Latin America Working Group','latin america working group','Washington','DC','United States','','Firmamos en solidaridad con CAME.','Iñaki Martínez','Президент','firmante011@org011.example.org',1,'verified','2026-12-07 21:07:01.000000','2026-12-07 21:07:45.000000','2026-12-07 21:07:45.000000','2026-12-07 21:07:45.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(19,1,1,'Washington Office on Latin America','washington office on latin america','Washington','DC','United States','https://org012.example.org','','Ana Haddad','Director','firmante012@org012.example.org',1,'verified','2026-12-07 21:08:17.000000','2026-12-07 21:09:01.000000','2026-12-07 21:09:01.000000','2026-12-07 21:09:01.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(20,1,2,'Centro de Derechos Humanos Fray Matías de Córdova','centro de derechos humanos fray matias de cordova','Tapachula','Chiapas','México','','','José Dubois','Coordinadora','firmante013@org013.example.org',1,'pending','2026-12-07 21:09:33.000000','2026-12-07 21:09:33.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(21,1,3,'Iniciativa Ciudadana para la Promoción de la Cultura del Diálogo','iniciativa ciudadana para la promocion de la cultura del dialogo','Ciudad de México','','México','','','Łukasz Иванова','Policy Officer','firmante014@org014.example.org',1,'verified','2026-12-07 21:10:17.000000','2026-12-07 21:11:01.000000','2026-12-07 21:11:01.000000','2026-12-07 21:11:01.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(22,1,3,'L''Association des Amis des Migrants','lassociation des amis des migrants','Montréal','QC','Canada','https://org015.example.org','','Zoë García','Президент','firmante015@org015.example.org',1,'verified','2026-12-07 21:11:33.000000','2026-12-07 21:12:17.000000','2026-12-07 21:12:17.000000','2026-12-07 21:12:17.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(23,1,2,'Red por los Derechos Humanos','red por los derechos humanos','Tijuana','Baja California','México','','','María José Müller','Director','firmante016@org016.example.org',1,'verified','2026-12-07 21:12:49.000000','2026-12-07 21:13:33.000000','2026-12-07 21:13:33.000000','2026-12-07 21:13:33.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(24,1,3,'Centro for Migrant Justice','centro for migrant justice','San Pedro Sula','Cortés','Honduras','','','Émile Peña','Coordinadora','firmante017@org017.example.org',1,'verified','2026-12-07 21:14:05.000000','2026-12-07 21:14:49.000000','2026-12-07 21:14:49.000000','2026-12-07 21:14:49.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(25,1,1,'Coalición de Apoyo al Migrante','coalicion de apoyo al migrante','Tapachula','Chiapas','México','https://org018.example.org','','Nuño Núñez','Policy Officer','firmante018@org018.example.org',1,'verified','2026-12-07 21:15:21.000000','2026-12-07 21:16:05.000000','2026-12-07 21:16:05.000000','2026-12-07 21:16:05.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(26,1,2,'Alliance for Refugee Rights','alliance for refugee rights','Genève','','Suisse','','','Айгуль Øster','Президент','firmante019@org019.example.org',1,'verified','2026-12-07 21:16:37.000000','2026-12-07 21:17:21.000000','2026-12-07 21:17:21.000000','2026-12-07 21:17:21.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(27,1,3,'Network Frontera Digna','network frontera digna','Tucson','AZ','United States','','','Fatima O''Brien','Director','firmante020@org020.example.org',1,'verified','2026-12-07 21:17:53.000000','2026-12-07 21:18:37.000000','2026-12-07 21:18:37.000000','2026-12-07 21:18:37.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(28,1,1,'Fundación for Border Solidarity','fundacion for border solidarity','Madrid','','España','https://org021.example.org','','Sakura 山田','Coordinadora','firmante021@org021.example.org',1,'verified','2026-12-07 21:19:09.000000','2026-12-07 21:19:53.000000','2026-12-07 21:19:53.000000','2026-12-07 21:19:53.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(29,1,2,'Comité Jesuita con Migrantes','comite jesuita con migrantes','Ciudad de Guatemala','','Guatemala','','Firmamos en solidaridad con CAME.','Renée Martínez','Policy Officer','firmante022@org022.example.org',1,'pending','2026-12-07 21:20:25.000000','2026-12-07 21:20:25.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(30,1,3,'Institute de Mujeres Migrantes','institute de mujeres migrantes','Ciudad Juárez','Chihuahua','México','','','Iñaki Haddad','Президент','firmante023@org023.example.org',1,'verified','2026-12-07 21:21:09.000000','2026-12-07 21:21:53.000000','2026-12-07 21:21:53.000000','2026-12-07 21:21:53.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(31,1,1,'Colectivo for Asylum Seekers','colectivo for asylum seekers','San Salvador','','El Salvador','https://org024.example.org','','Ana Dubois','Director','firmante024@org024.example.org',1,'verified','2026-12-07 21:22:25.000000','2026-12-07 21:23:09.000000','2026-12-07 21:23:09.000000','2026-12-07 21:23:09.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(32,1,3,'Asociación Niñez sin Fronteras','asociacion ninez sin fronteras','El Paso','TX','United States','','','José Иванова','Coordinadora','firmante025@org025.example.org',1,'verified','2026-12-07 21:23:41.000000','2026-12-07 21:24:25.000000','2026-12-07 21:24:25.000000','2026-12-07 21:24:25.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(33,1,3,'Council for Humane Borders','council for humane borders','Berlin','','Deutschland','','','Łukasz García','Policy Officer','firmante026@org026.example.org',1,'verified','2026-12-07 21:24:57.000000','2026-12-07 21:25:41.000000','2026-12-07 21:25:41.000000','2026-12-07 21:25:41.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(34,1,1,'Observatorio de Defensoras Comunitarias','observatorio de defensoras comunitarias','San Diego','CA','United States','https://org027.example.org','','Zoë Müller','Президент','firmante027@org027.example.org',1,'verified','2026-12-07 21:26:13.000000','2026-12-07 21:26:57.000000','2026-12-07 21:26:57.000000','2026-12-07 21:26:57.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(35,1,2,'Red for Migrant Justice','red for migrant justice','Tijuana','Baja California','México','','','María José Peña','Director','firmante028@org028.example.org',1,'verified','2026-12-07 21:27:29.000000','2026-12-07 21:28:13.000000','2026-12-07 21:28:13.000000','2026-12-07 21:28:13.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(36,1,3,'Centro de Apoyo al Migrante','centro de apoyo al migrante','San Pedro Sula','Cortés','Honduras','','','Émile Núñez','Coordinadora','firmante029@org029.example.org',1,'verified','2026-12-07 21:28:45.000000','2026-12-07 21:29:29.000000','2026-12-07 21:29:29.000000','2026-12-07 21:29:29.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(37,1,3,'Coalición for Refugee Rights','coalicion for refugee rights','Tapachula','Chiapas','México','https://org030.example.org','','Nuño Øster','Policy Officer','firmante030@org030.example.org',1,'verified','2026-12-07 21:30:01.000000','2026-12-07 21:30:45.000000','2026-12-07 21:30:45.000000','2026-12-07 21:30:45.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(38,1,2,'Alliance Frontera Digna','alliance frontera digna','Genève','','Suisse','','','Айгуль O''Brien','Президент','firmante031@org031.example.org',1,'pending','2026-12-07 21:31:17.000000','2026-12-07 21:31:17.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(39,1,3,'Network for Border Solidarity','network for border solidarity','Tucson','AZ','United States','','','Fatima 山田','Director','firmante032@org032.example.org',1,'verified','2026-12-07 21:32:01.000000','2026-12-07 21:32:45.000000','2026-12-07 21:32:45.000000','2026-12-07 21:32:45.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(40,1,1,'Fundación Jesuita con Migrantes','fundacion jesuita con migrantes','Madrid','','España','https://org033.example.org','Firmamos en solidaridad con CAME.','Sakura Martínez','Coordinadora','firmante033@org033.example.org',1,'verified','2026-12-07 21:33:17.000000','2026-12-07 21:34:01.000000','2026-12-07 21:34:01.000000','2026-12-07 21:34:01.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(41,1,2,'Comité de Mujeres Migrantes','comite de mujeres migrantes','Ciudad de Guatemala','','Guatemala','','','Renée Haddad','Policy Officer','firmante034@org034.example.org',1,'verified','2026-12-07 21:34:33.000000','2026-12-07 21:35:17.000000','2026-12-07 21:35:17.000000','2026-12-07 21:35:17.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(42,1,3,'Institute for Asylum Seekers','institute for asylum seekers','Ciudad Juárez','Chihuahua','México','','','Iñaki Dubois','Президент','firmante035@org035.example.org',1,'verified','2026-12-07 21:35:49.000000','2026-12-07 21:36:33.000000','2026-12-07 21:36:33.000000','2026-12-07 21:36:33.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(43,1,1,'Colectivo Niñez sin Fronteras','colectivo ninez sin fronteras','San Salvador','','El Salvador','https://org036.example.org','','Ana Иванова','Director','firmante036@org036.example.org',1,'verified','2026-12-07 21:37:05.000000','2026-12-07 21:37:49.000000','2026-12-07 21:37:49.000000','2026-12-07 21:37:49.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(44,1,2,'Asociación for Humane Borders','asociacion for humane borders','El Paso','TX','United States','','','José García','Coordinadora','firmante037@org037.example.org',1,'verified','2026-12-07 21:38:21.000000','2026-12-07 21:39:05.000000','2026-12-07 21:39:05.000000','2026-12-07 21:39:05.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(45,1,3,'Council de Defensoras Comunitarias','council de defensoras comunitarias','Berlin','','Deutschland','','','Łukasz Müller','Policy Officer','firmante038@org038.example.org',1,'verified','2026-12-07 21:39:37.000000','2026-12-07 21:40:21.000000','2026-12-07 21:40:21.000000','2026-12-07 21:40:21.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(46,1,1,'Observatorio por los Derechos Humanos','observatorio por los derechos humanos','San Diego','CA','United States','https://org039.example.org','','Zoë Peña','Президент','firmante039@org039.example.org',1,'verified','2026-12-07 21:40:53.000000','2026-12-07 21:41:37.000000','2026-12-07 21:41:37.000000','2026-12-07 21:41:37.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(47,1,3,'Red de Apoyo al Migrante','red de apoyo al migrante','Tijuana','Baja California','México','','','María José Núñez','Director','firmante040@org040.example.org',1,'pending','2026-12-07 21:42:09.000000','2026-12-07 21:42:09.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(48,1,3,'Centro for Refugee Rights','centro for refugee rights','San Pedro Sula','Cortés','Honduras','','','Émile Øster','Coordinadora','firmante041@org041.example.org',1,'verified','2026-12-07 21:42:53.000000','2026-12-07 21:43:37.000000','2026-12-07 21:43:37.000000','2026-12-07 21:43:37.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(49,1,1,'Coalición Frontera Digna','coalicion frontera digna','Tapachula','Chiapas','México','https://org042.example.org','','Nuño O''Brien','Policy Officer','firmante042@org042.example.org',1,'verified','2026-12-07 21:44:09.000000','2026-12-07 21:44:53.000000','2026-12-07 21:44:53.000000','2026-12-07 21:44:53.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(50,1,2,'Alliance for Border Solidarity','alliance for border solidarity','Genève','','Suisse','','','Айгуль 山田','Президент','firmante043@org043.example.org',1,'verified','2026-12-07 21:45:25.000000','2026-12-07 21:46:09.000000','2026-12-07 21:46:09.000000','2026-12-07 21:46:09.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(51,1,3,'Network Jesuita con Migrantes','network jesuita con migrantes','Tucson','AZ','United States','','Firmamos en solidaridad con CAME.','Fatima Martínez','Director','firmante044@org044.example.org',1,'verified','2026-12-07 21:46:41.000000','2026-12-07 21:47:25.000000','2026-12-07 21:47:25.000000','2026-12-07 21:47:25.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(52,1,3,'Fundación de Mujeres Migrantes','fundacion de mujeres migrantes','Madrid','','España','https://org045.example.org','','Sakura Haddad','Coordinadora','firmante045@org045.example.org',1,'verified','2026-12-07 21:47:57.000000','2026-12-07 21:48:41.000000','2026-12-07 21:48:41.000000','2026-12-07 21:48:41.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(53,1,2,'Comité for Asylum Seekers','comite for asylum seekers','Ciudad de Guatemala','','Guatemala','','','Renée Dubois','Policy Officer','firmante046@org046.example.org',1,'verified','2026-12-07 21:49:13.000000','2026-12-07 21:49:57.000000','2026-12-07 21:49:57.000000','2026-12-07 21:49:57.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(54,1,3,'Institute Niñez sin Fronteras','institute ninez sin fronteras','Ciudad Juárez','Chihuahua','México','','','Iñaki Иванова','Президент','firmante047@org047.example.org',1,'verified','2026-12-07 21:50:29.000000','2026-12-07 21:51:13.000000','2026-12-07 21:51:13.000000','2026-12-07 21:51:13.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(55,1,1,'Colectivo for Humane Borders','colectivo for humane borders','San Salvador','','El Salvador','https://org048.example.org','','Ana García','Director','firmante048@org048.example.org',1,'verified','2026-12-07 21:51:45.000000','2026-12-07 21:52:29.000000','2026-12-07 21:52:29.000000','2026-12-07 21:52:29.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(56,1,2,'Asociación de Defensoras Comunitarias','asociacion de defensoras comunitarias','El Paso','TX','United States','','','José Müller','Coordinadora','firmante049@org049.example.org',1,'pending','2026-12-07 21:53:01.000000','2026-12-07 21:53:01.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(57,1,3,'Council por los Derechos Humanos','council por los derechos humanos','Berlin','','Deutschland','','','Łukasz Peña','Policy Officer','firmante050@org050.example.org',1,'verified','2026-12-07 21:53:45.000000','2026-12-07 21:54:29.000000','2026-12-07 21:54:29.000000','2026-12-07 21:54:29.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(58,1,1,'Observatorio for Migrant Justice','observatorio for migrant justice','San Diego','CA','United States','https://org051.example.org','','Zoë Núñez','Президент','firmante051@org051.example.org',1,'verified','2026-12-07 21:55:01.000000','2026-12-07 21:55:45.000000','2026-12-07 21:55:45.000000','2026-12-07 21:55:45.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(59,1,2,'Red for Refugee Rights','red for refugee rights','Tijuana','Baja California','México','','','María José Øster','Director','firmante052@org052.example.org',1,'verified','2026-12-07 21:56:17.000000','2026-12-07 21:57:01.000000','2026-12-07 21:57:01.000000','2026-12-07 21:57:01.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(60,1,3,'Centro Frontera Digna','centro frontera digna','San Pedro Sula','Cortés','Honduras','','','Émile O''Brien','Coordinadora','firmante053@org053.example.org',1,'verified','2026-12-07 21:57:33.000000','2026-12-07 21:58:17.000000','2026-12-07 21:58:17.000000','2026-12-07 21:58:17.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(61,1,1,'Coalición for Border Solidarity','coalicion for border solidarity','Tapachula','Chiapas','México','https://org054.example.org','','Nuño 山田','Policy Officer','firmante054@org054.example.org',1,'verified','2026-12-07 21:58:49.000000','2026-12-07 21:59:33.000000','2026-12-07 21:59:33.000000','2026-12-07 21:59:33.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(62,1,3,'Alliance Jesuita con Migrantes','alliance jesuita con migrantes','Genève','','Suisse','','Firmamos en solidaridad con CAME.','Айгуль Martínez','Президент','firmante055@org055.example.org',1,'verified','2026-12-07 22:00:05.000000','2026-12-07 22:00:49.000000','2026-12-07 22:00:49.000000','2026-12-07 22:00:49.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(63,1,3,'Network de Mujeres Migrantes','network de mujeres migrantes','Tucson','AZ','United States','','','Fatima Haddad','Director','firmante056@org056.example.org',1,'verified','2026-12-07 22:01:21.000000','2026-12-07 22:02:05.000000','2026-12-07 22:02:05.000000','2026-12-07 22:02:05.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(64,1,1,'Fundación for Asylum Seekers','fundacion for asylum seekers','Madrid','','España','https://org057.example.org','','Sakura Dubois','Coordinadora','firmante057@org057.example.org',1,'verified','2026-12-07 22:02:37.000000','2026-12-07 22:03:21.000000','2026-12-07 22:03:21.000000','2026-12-07 22:03:21.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(65,1,2,'Comité Niñez sin Fronteras','comite ninez sin fronteras','Ciudad de Guatemala','','Guatemala','','','Renée Иванова','Policy Officer','firmante058@org058.example.org',1,'pending','2026-12-07 22:03:53.000000','2026-12-07 22:03:53.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(66,1,3,'Institute for Humane Borders','institute for humane borders','Ciudad Juárez','Chihuahua','México','','','Iñaki García','Президент','firmante059@org059.example.org',1,'verified','2026-12-07 22:04:37.000000','2026-12-07 22:05:21.000000','2026-12-07 22:05:21.000000','2026-12-07 22:05:21.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(67,1,3,'Colectivo de Defensoras Comunitarias','colectivo de defensoras comunitarias','San Salvador','','El Salvador','https://org060.example.org','','Ana Müller','Director','firmante060@org060.example.org',1,'verified','2026-12-07 22:05:53.000000','2026-12-07 22:06:37.000000','2026-12-07 22:06:37.000000','2026-12-07 22:06:37.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(68,1,2,'Asociación por los Derechos Humanos','asociacion por los derechos humanos','El Paso','TX','United States','','','José Peña','Coordinadora','firmante061@org061.example.org',1,'verified','2026-12-07 22:07:09.000000','2026-12-07 22:07:53.000000','2026-12-07 22:07:53.000000','2026-12-07 22:07:53.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(69,1,3,'Council for Migrant Justice','council for migrant justice','Berlin','','Deutschland','','','Łukasz Núñez','Policy Officer','firmante062@org062.example.org',1,'verified','2026-12-07 22:08:25.000000','2026-12-07 22:09:09.000000','2026-12-07 22:09:09.000000','2026-12-07 22:09:09.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(70,1,1,'Observatorio de Apoyo al Migrante','observatorio de apoyo al migrante','San Diego','CA','United States','https://org063.example.org','','Zoë Øster','Президент','firmante063@org063.example.org',1,'verified','2026-12-07 22:09:41.000000','2026-12-07 22:10:25.000000','2026-12-07 22:10:25.000000','2026-12-07 22:10:25.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(71,1,2,'Red Frontera Digna','red frontera digna','Tijuana','Baja California','México','','','María José O''Brien','Director','firmante064@org064.example.org',1,'verified','2026-12-07 22:10:57.000000','2026-12-07 22:11:41.000000','2026-12-07 22:11:41.000000','2026-12-07 22:11:41.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(72,1,3,'Centro for Border Solidarity','centro for border solidarity','San Pedro Sula','Cortés','Honduras','','','Émile 山田','Coordinadora','firmante065@org065.example.org',1,'verified','2026-12-07 22:12:13.000000','2026-12-07 22:12:57.000000','2026-12-07 22:12:57.000000','2026-12-07 22:12:57.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(73,1,1,'Coalición Jesuita con Migrantes','coalicion jesuita con migrantes','Tapachula','Chiapas','México','https://org066.example.org','Firmamos en solidaridad con CAME.','Nuño Martínez','Policy Officer','firmante066@org066.example.org',1,'verified','2026-12-07 22:13:29.000000','2026-12-07 22:14:13.000000','2026-12-07 22:14:13.000000','2026-12-07 22:14:13.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(74,1,2,'Alliance de Mujeres Migrantes','alliance de mujeres migrantes','Genève','','Suisse','','','Айгуль Haddad','Президент','firmante067@org067.example.org',1,'pending','2026-12-07 22:14:45.000000','2026-12-07 22:14:45.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(75,1,3,'Network for Asylum Seekers','network for asylum seekers','Tucson','AZ','United States','','','Fatima Dubois','Director','firmante068@org068.example.org',1,'verified','2026-12-07 22:15:29.000000','2026-12-07 22:16:13.000000','2026-12-07 22:16:13.000000','2026-12-07 22:16:13.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(76,1,1,'Fundación Niñez sin Fronteras','fundacion ninez sin fronteras','Madrid','','España','https://org069.example.org','','Sakura Иванова','Coordinadora','firmante069@org069.example.org',1,'verified','2026-12-07 22:16:45.000000','2026-12-07 22:17:29.000000','2026-12-07 22:17:29.000000','2026-12-07 22:17:29.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(77,1,3,'Comité for Humane Borders','comite for humane borders','Ciudad de Guatemala','','Guatemala','','','Renée García','Policy Officer','firmante070@org070.example.org',1,'verified','2026-12-07 22:18:01.000000','2026-12-07 22:18:45.000000','2026-12-07 22:18:45.000000','2026-12-07 22:18:45.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(78,1,3,'Institute de Defensoras Comunitarias','institute de defensoras comunitarias','Ciudad Juárez','Chihuahua','México','','','Iñaki Müller','Президент','firmante071@org071.example.org',1,'verified','2026-12-07 22:19:17.000000','2026-12-07 22:20:01.000000','2026-12-07 22:20:01.000000','2026-12-07 22:20:01.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(79,1,1,'Colectivo por los Derechos Humanos','colectivo por los derechos humanos','San Salvador','','El Salvador','https://org072.example.org','','Ana Peña','Director','firmante072@org072.example.org',1,'verified','2026-12-07 22:20:33.000000','2026-12-07 22:21:17.000000','2026-12-07 22:21:17.000000','2026-12-07 22:21:17.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(80,1,2,'Asociación for Migrant Justice','asociacion for migrant justice','El Paso','TX','United States','','','José Núñez','Coordinadora','firmante073@org073.example.org',1,'verified','2026-12-07 22:21:49.000000','2026-12-07 22:22:33.000000','2026-12-07 22:22:33.000000','2026-12-07 22:22:33.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(81,1,3,'Council de Apoyo al Migrante','council de apoyo al migrante','Berlin','','Deutschland','','','Łukasz Øster','Policy Officer','firmante074@org074.example.org',1,'verified','2026-12-07 22:23:05.000000','2026-12-07 22:23:49.000000','2026-12-07 22:23:49.000000','2026-12-07 22:23:49.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(82,1,3,'Observatorio for Refugee Rights','observatorio for refugee rights','San Diego','CA','United States','https://org075.example.org','','Zoë O''Brien','Президент','firmante075@org075.example.org',1,'verified','2026-12-07 22:24:21.000000','2026-12-07 22:25:05.000000','2026-12-07 22:25:05.000000','2026-12-07 22:25:05.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(83,1,2,'Red for Border Solidarity','red for border solidarity','Tijuana','Baja California','México','','','María José 山田','Director','firmante076@org076.example.org',1,'pending','2026-12-07 22:25:37.000000','2026-12-07 22:25:37.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(84,1,3,'Centro Jesuita con Migrantes','centro jesuita con migrantes','San Pedro Sula','Cortés','Honduras','','Firmamos en solidaridad con CAME.','Émile Martínez','Coordinadora','firmante077@org077.example.org',1,'verified','2026-12-07 22:26:21.000000','2026-12-07 22:27:05.000000','2026-12-07 22:27:05.000000','2026-12-07 22:27:05.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(85,1,1,'Coalición de Mujeres Migrantes','coalicion de mujeres migrantes','Tapachula','Chiapas','México','https://org078.example.org','','Nuño Haddad','Policy Officer','firmante078@org078.example.org',1,'verified','2026-12-07 22:27:37.000000','2026-12-07 22:28:21.000000','2026-12-07 22:28:21.000000','2026-12-07 22:28:21.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(86,1,2,'Alliance for Asylum Seekers','alliance for asylum seekers','Genève','','Suisse','','','Айгуль Dubois','Президент','firmante079@org079.example.org',1,'verified','2026-12-07 22:28:53.000000','2026-12-07 22:29:37.000000','2026-12-07 22:29:37.000000','2026-12-07 22:29:37.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(87,2,4,'Red de Mujeres Migrantes','red de mujeres migrantes','Tijuana','Baja California','México','','','María José Haddad','Director','firmante100@org100.example.org',1,'verified','2026-12-07 22:30:09.000000','2026-12-07 22:30:53.000000','2026-12-07 22:30:53.000000','2026-12-07 22:30:53.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(88,2,5,'Centro for Asylum Seekers','centro for asylum seekers','San Pedro Sula','Cortés','Honduras','','','Émile Dubois','Coordinadora','firmante101@org101.example.org',1,'pending','2026-12-07 22:31:25.000000','2026-12-07 22:31:25.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(89,2,6,'Coalición Niñez sin Fronteras','coalicion ninez sin fronteras','Tapachula','Chiapas','México','https://org102.example.org','','Nuño Иванова','Policy Officer','firmante102@org102.example.org',1,'verified','2026-12-07 22:32:09.000000','2026-12-07 22:32:53.000000','2026-12-07 22:32:53.000000','2026-12-07 22:32:53.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(90,2,4,'Alliance for Humane Borders','alliance for humane borders','Genève','','Suisse','','','Айгуль García','Президент','firmante103@org103.example.org',1,'verified','2026-12-07 22:33:25.000000','2026-12-07 22:34:09.000000','2026-12-07 22:34:09.000000','2026-12-07 22:34:09.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(91,2,5,'Network de Defensoras Comunitarias','network de defensoras comunitarias','Tucson','AZ','United States','','','Fatima Müller','Director','firmante104@org104.example.org',1,'verified','2026-12-07 22:34:41.000000','2026-12-07 22:35:25.000000','2026-12-07 22:35:25.000000','2026-12-07 22:35:25.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(92,2,6,'Fundación por los Derechos Humanos','fundacion por los derechos humanos','Madrid','','España','https://org105.example.org','','Sakura Peña','Coordinadora','firmante105@org105.example.org',1,'verified','2026-12-07 22:35:57.000000','2026-12-07 22:36:41.000000','2026-12-07 22:36:41.000000','2026-12-07 22:36:41.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(93,2,4,'Comité for Migrant Justice','comite for migrant justice','Ciudad de Guatemala','','Guatemala','','','Renée Núñez','Policy Officer','firmante106@org106.example.org',1,'verified','2026-12-07 22:37:13.000000','2026-12-07 22:37:57.000000','2026-12-07 22:37:57.000000','2026-12-07 22:37:57.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(94,2,5,'Institute de Apoyo al Migrante','institute de apoyo al migrante','Ciudad Juárez','Chihuahua','México','','','Iñaki Øster','Президент','firmante107@org107.example.org',1,'pending','2026-12-07 22:38:29.000000','2026-12-07 22:38:29.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(95,2,6,'Colectivo for Refugee Rights','colectivo for refugee rights','San Salvador','','El Salvador','https://org108.example.org','','Ana O''Brien','Director','firmante108@org108.example.org',1,'verified','2026-12-07 22:39:13.000000','2026-12-07 22:39:57.000000','2026-12-07 22:39:57.000000','2026-12-07 22:39:57.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(96,2,4,'Asociación Frontera Digna','asociacion frontera digna','El Paso','TX','United States','','','José 山田','Coordinadora','firmante109@org109.example.org',1,'verified','2026-12-07 22:40:29.000000','2026-12-07 22:41:13.000000','2026-12-07 22:41:13.000000','2026-12-07 22:41:13.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(97,2,5,'Council for Border Solidarity','council for border solidarity','Berlin','','Deutschland','','Firmamos en solidaridad con CAME.','Łukasz Martínez','Policy Officer','firmante110@org110.example.org',1,'verified','2026-12-07 22:41:45.000000','2026-12-07 22:42:29.000000','2026-12-07 22:42:29.000000','2026-12-07 22:42:29.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(98,2,6,'Observatorio Jesuita con Migrantes','observatorio jesuita con migrantes','San Diego','CA','United States','https://org111.example.org','','Zoë Haddad','Президент','firmante111@org111.example.org',1,'verified','2026-12-07 22:43:01.000000','2026-12-07 22:43:45.000000','2026-12-07 22:43:45.000000','2026-12-07 22:43:45.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(99,2,4,'Red for Asylum Seekers','red for asylum seekers','Tijuana','Baja California','México','','','María José Dubois','Director','firmante112@org112.example.org',1,'verified','2026-12-07 22:44:17.000000','2026-12-07 22:45:01.000000','2026-12-07 22:45:01.000000','2026-12-07 22:45:01.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(100,2,5,'Centro Niñez sin Fronteras','centro ninez sin fronteras','San Pedro Sula','Cortés','Honduras','','','Émile Иванова','Coordinadora','firmante113@org113.example.org',1,'pending','2026-12-07 22:45:33.000000','2026-12-07 22:45:33.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(101,2,6,'Coalición for Humane Borders','coalicion for humane borders','Tapachula','Chiapas','México','https://org114.example.org','','Nuño García','Policy Officer','firmante114@org114.example.org',1,'verified','2026-12-07 22:46:17.000000','2026-12-07 22:47:01.000000','2026-12-07 22:47:01.000000','2026-12-07 22:47:01.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(102,2,4,'Alliance de Defensoras Comunitarias','alliance de defensoras comunitarias','Genève','','Suisse','','','Айгуль Müller','Президент','firmante115@org115.example.org',1,'verified','2026-12-07 22:47:33.000000','2026-12-07 22:48:17.000000','2026-12-07 22:48:17.000000','2026-12-07 22:48:17.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(103,2,5,'Network por los Derechos Humanos','network por los derechos humanos','Tucson','AZ','United States','','','Fatima Peña','Director','firmante116@org116.example.org',1,'verified','2026-12-07 22:48:49.000000','2026-12-07 22:49:33.000000','2026-12-07 22:49:33.000000','2026-12-07 22:49:33.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(104,2,6,'Fundación for Migrant Justice','fundacion for migrant justice','Madrid','','España','https://org117.example.org','','Sakura Núñez','Coordinadora','firmante117@org117.example.org',1,'verified','2026-12-07 22:50:05.000000','2026-12-07 22:50:49.000000','2026-12-07 22:50:49.000000','2026-12-07 22:50:49.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(105,2,4,'Comité de Apoyo al Migrante','comite de apoyo al migrante','Ciudad de Guatemala','','Guatemala','','','Renée Øster','Policy Officer','firmante118@org118.example.org',1,'verified','2026-12-07 22:51:21.000000','2026-12-07 22:52:05.000000','2026-12-07 22:52:05.000000','2026-12-07 22:52:05.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(106,2,5,'Institute for Refugee Rights','institute for refugee rights','Ciudad Juárez','Chihuahua','México','','','Iñaki O''Brien','Президент','firmante119@org119.example.org',1,'pending','2026-12-07 22:52:37.000000','2026-12-07 22:52:37.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(107,2,6,'Colectivo Frontera Digna','colectivo frontera digna','San Salvador','','El Salvador','https://org120.example.org','','Ana 山田','Director','firmante120@org120.example.org',1,'verified','2026-12-07 22:53:21.000000','2026-12-07 22:54:05.000000','2026-12-07 22:54:05.000000','2026-12-07 22:54:05.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(108,2,4,'Asociación for Border Solidarity','asociacion for border solidarity','El Paso','TX','United States','','Firmamos en solidaridad con CAME.','José Martínez','Coordinadora','firmante121@org121.example.org',1,'verified','2026-12-07 22:54:37.000000','2026-12-07 22:55:21.000000','2026-12-07 22:55:21.000000','2026-12-07 22:55:21.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(109,2,5,'Council Jesuita con Migrantes','council jesuita con migrantes','Berlin','','Deutschland','','','Łukasz Haddad','Policy Officer','firmante122@org122.example.org',1,'verified','2026-12-07 22:55:53.000000','2026-12-07 22:56:37.000000','2026-12-07 22:56:37.000000','2026-12-07 22:56:37.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(110,2,6,'Observatorio de Mujeres Migrantes','observatorio de mujeres migrantes','San Diego','CA','United States','https://org123.example.org','','Zoë Dubois','Президент','firmante123@org123.example.org',1,'verified','2026-12-07 22:57:09.000000','2026-12-07 22:57:53.000000','2026-12-07 22:57:53.000000','2026-12-07 22:57:53.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(111,2,4,'Red Niñez sin Fronteras','red ninez sin fronteras','Tijuana','Baja California','México','','','María José Иванова','Director','firmante124@org124.example.org',1,'verified','2026-12-07 22:58:25.000000','2026-12-07 22:59:09.000000','2026-12-07 22:59:09.000000','2026-12-07 22:59:09.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(112,2,5,'Centro for Humane Borders','centro for humane borders','San Pedro Sula','Cortés','Honduras','','','Émile García','Coordinadora','firmante125@org125.example.org',1,'pending','2026-12-07 22:59:41.000000','2026-12-07 22:59:41.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(113,2,6,'Coalición de Defensoras Comunitarias','coalicion de defensoras comunitarias','Tapachula','Chiapas','México','https://org126.example.org','','Nuño Müller','Policy Officer','firmante126@org126.example.org',1,'verified','2026-12-07 23:00:25.000000','2026-12-07 23:01:09.000000','2026-12-07 23:01:09.000000','2026-12-07 23:01:09.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(114,2,4,'Alliance por los Derechos Humanos','alliance por los derechos humanos','Genève','','Suisse','','','Айгуль Peña','Президент','firmante127@org127.example.org',1,'verified','2026-12-07 23:01:41.000000','2026-12-07 23:02:25.000000','2026-12-07 23:02:25.000000','2026-12-07 23:02:25.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(115,2,5,'Network for Migrant Justice','network for migrant justice','Tucson','AZ','United States','','','Fatima Núñez','Director','firmante128@org128.example.org',1,'verified','2026-12-07 23:02:57.000000','2026-12-07 23:03:41.000000','2026-12-07 23:03:41.000000','2026-12-07 23:03:41.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(116,2,6,'Fundación de Apoyo al Migrante','fundacion de apoyo al migrante','Madrid','','España','https://org129.example.org','','Sakura Øster','Coordinadora','firmante129@org129.example.org',1,'verified','2026-12-07 23:04:13.000000','2026-12-07 23:04:57.000000','2026-12-07 23:04:57.000000','2026-12-07 23:04:57.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(117,1,2,'Casa del Migrante Saltillo','casa del migrante saltillo','Saltillo','Coahuila','México','','','Alberto Xicoténcatl','Director','rebote@casasaltillo.example.org',1,'pending','2026-12-07 23:05:29.000000','2026-12-07 23:05:29.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(118,1,3,'Network Niñez sin Fronteras','network ninez sin fronteras','Tucson','AZ','United States','','','Fatima Иванова','Director','firmante080@org080.example.org',1,'verified','2026-12-08 00:07:49.000000','2026-12-08 00:08:33.000000','2026-12-08 00:08:33.000000','2026-12-08 00:08:33.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(119,1,1,'Fundación for Humane Borders','fundacion for humane borders','Madrid','','España','https://org081.example.org','','Sakura García','Coordinadora','firmante081@org081.example.org',1,'pending','2026-12-08 00:09:05.000000','2026-12-08 00:09:05.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(120,1,2,'Comité de Defensoras Comunitarias','comite de defensoras comunitarias','Ciudad de Guatemala','','Guatemala','','','Renée Müller','Policy Officer','firmante082@org082.example.org',1,'pending','2026-12-08 00:09:49.000000','2026-12-08 00:09:49.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(121,1,3,'Institute por los Derechos Humanos','institute por los derechos humanos','Ciudad Juárez','Chihuahua','México','','','Iñaki Peña','Президент','firmante083@org083.example.org',1,'pending','2026-12-08 00:10:33.000000','2026-12-08 00:10:33.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(122,1,1,'Colectivo for Migrant Justice','colectivo for migrant justice','San Salvador','','El Salvador','https://org084.example.org','','Ana Núñez','Director','firmante084@org084.example.org',1,'verified','2026-12-08 00:11:17.000000','2026-12-08 00:12:01.000000','2026-12-08 00:12:01.000000','2026-12-08 00:12:01.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(123,1,2,'Asociación de Apoyo al Migrante','asociacion de apoyo al migrante','El Paso','TX','United States','','','José Øster','Coordinadora','firmante085@org085.example.org',1,'pending','2026-12-08 00:12:33.000000','2026-12-08 00:12:33.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(124,1,3,'Council for Refugee Rights','council for refugee rights','Berlin','','Deutschland','','','Łukasz O''Brien','Policy Officer','firmante086@org086.example.org',1,'pending','2026-12-08 00:13:17.000000','2026-12-08 00:13:17.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(125,1,1,'Observatorio Frontera Digna','observatorio frontera digna','San Diego','CA','United States','https://org087.example.org','','Zoë 山田','Президент','firmante087@org087.example.org',1,'pending','2026-12-08 00:14:01.000000','2026-12-08 00:14:01.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(126,1,2,'Red Jesuita con Migrantes','red jesuita con migrantes','Tijuana','Baja California','México','','Firmamos en solidaridad con CAME.','María José Martínez','Director','firmante088@org088.example.org',1,'verified','2026-12-08 00:14:45.000000','2026-12-08 00:15:29.000000','2026-12-08 00:15:29.000000','2026-12-08 00:15:29.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(127,1,3,'Centro de Mujeres Migrantes','centro de mujeres migrantes','San Pedro Sula','Cortés','Honduras','','','Émile Haddad','Coordinadora','firmante089@org089.example.org',1,'pending','2026-12-08 00:16:01.000000','2026-12-08 00:16:01.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(128,1,1,'Coalición for Asylum Seekers','coalicion for asylum seekers','Tapachula','Chiapas','México','https://org090.example.org','','Nuño Dubois','Policy Officer','firmante090@org090.example.org',1,'pending','2026-12-08 00:16:45.000000','2026-12-08 00:16:45.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(129,1,2,'Alliance Niñez sin Fronteras','alliance ninez sin fronteras','Genève','','Suisse','','','Айгуль Иванова','Президент','firmante091@org091.example.org',1,'pending','2026-12-08 00:17:29.000000','2026-12-08 00:17:29.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(130,1,3,'Network for Humane Borders','network for humane borders','Tucson','AZ','United States','','','Fatima García','Director','firmante092@org092.example.org',1,'verified','2026-12-08 00:18:13.000000','2026-12-08 00:18:57.000000','2026-12-08 00:18:57.000000','2026-12-08 00:18:57.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(131,1,1,'Fundación de Defensoras Comunitarias','fundacion de defensoras comunitarias','Madrid','','España','https://org093.example.org','','Sakura Müller','Coordinadora','firmante093@org093.example.org',1,'pending','2026-12-08 00:19:29.000000','2026-12-08 00:19:29.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(132,1,2,'Comité por los Derechos Humanos','comite por los derechos humanos','Ciudad de Guatemala','','Guatemala','','','Renée Peña','Policy Officer','firmante094@org094.example.org',1,'pending','2026-12-08 00:20:13.000000','2026-12-08 00:20:13.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(133,2,5,'Comité for Refugee Rights','comite for refugee rights','Ciudad de Guatemala','','Guatemala','','','Renée O''Brien','Policy Officer','firmante130@org130.example.org',1,'verified','2026-12-08 00:20:57.000000','2026-12-08 00:21:41.000000','2026-12-08 00:21:41.000000','2026-12-08 00:21:41.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(134,2,6,'Institute Frontera Digna','institute frontera digna','Ciudad Juárez','Chihuahua','México','','','Iñaki 山田','Президент','firmante131@org131.example.org',1,'verified','2026-12-08 00:22:13.000000','2026-12-08 00:22:57.000000','2026-12-08 00:22:57.000000','2026-12-08 00:22:57.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(135,2,4,'Colectivo for Border Solidarity','colectivo for border solidarity','San Salvador','','El Salvador','https://org132.example.org','Firmamos en solidaridad con CAME.','Ana Martínez','Director','firmante132@org132.example.org',1,'pending','2026-12-08 00:23:29.000000','2026-12-08 00:23:29.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(136,2,5,'Asociación Jesuita con Migrantes','asociacion jesuita con migrantes','El Paso','TX','United States','','','José Haddad','Coordinadora','firmante133@org133.example.org',1,'verified','2026-12-08 00:24:13.000000','2026-12-08 00:24:57.000000','2026-12-08 00:24:57.000000','2026-12-08 00:24:57.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(137,2,6,'Council de Mujeres Migrantes','council de mujeres migrantes','Berlin','','Deutschland','','','Łukasz Dubois','Policy Officer','firmante134@org134.example.org',1,'verified','2026-12-08 00:25:29.000000','2026-12-08 00:26:13.000000','2026-12-08 00:26:13.000000','2026-12-08 00:26:13.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(138,2,4,'Observatorio for Asylum Seekers','observatorio for asylum seekers','San Diego','CA','United States','https://org135.example.org','','Zoë Иванова','Президент','firmante135@org135.example.org',1,'pending','2026-12-08 00:26:45.000000','2026-12-08 00:26:45.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(139,2,5,'Red for Humane Borders','red for humane borders','Tijuana','Baja California','México','','','María José García','Director','firmante136@org136.example.org',1,'verified','2026-12-08 00:27:29.000000','2026-12-08 00:28:13.000000','2026-12-08 00:28:13.000000','2026-12-08 00:28:13.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(140,2,6,'Centro de Defensoras Comunitarias','centro de defensoras comunitarias','San Pedro Sula','Cortés','Honduras','','','Émile Müller','Coordinadora','firmante137@org137.example.org',1,'verified','2026-12-08 00:28:45.000000','2026-12-08 00:29:29.000000','2026-12-08 00:29:29.000000','2026-12-08 00:29:29.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(141,2,4,'Coalición por los Derechos Humanos','coalicion por los derechos humanos','Tapachula','Chiapas','México','https://org138.example.org','','Nuño Peña','Policy Officer','firmante138@org138.example.org',1,'pending','2026-12-08 00:30:01.000000','2026-12-08 00:30:01.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(142,2,5,'Alliance for Migrant Justice','alliance for migrant justice','Genève','','Suisse','','','Айгуль Núñez','Президент','firmante139@org139.example.org',1,'verified','2026-12-08 00:30:45.000000','2026-12-08 00:31:29.000000','2026-12-08 00:31:29.000000','2026-12-08 00:31:29.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(143,2,6,'Ärzte für Menschenrechte','arzte fur menschenrechte','Köln','NRW','Deutschland','','','Émile Müller','Coordinadora','firmante005@org005.example.org',1,'verified','2026-12-08 00:32:01.000000','2026-12-08 00:32:45.000000','2026-12-08 00:32:45.000000','2026-12-08 00:32:45.000000','127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(144,1,3,'Institute for Migrant Justice','institute for migrant justice','Ciudad Juárez','Chihuahua','México','','','Iñaki Núñez','Президент','firmante095@org095.example.org',1,'pending','2026-12-08 00:33:22.000000','2026-12-08 00:33:22.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(145,1,1,'Colectivo de Apoyo al Migrante','colectivo de apoyo al migrante','San Salvador','','El Salvador','https://org096.example.org','','Ana Øster','Director','firmante096@org096.example.org',1,'pending','2026-12-08 00:34:06.000000','2026-12-08 00:34:06.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(146,1,2,'Asociación for Refugee Rights','asociacion for refugee rights','El Paso','TX','United States','','','José O''Brien','Coordinadora','firmante097@org097.example.org',1,'pending','2026-12-08 00:34:50.000000','2026-12-08 00:34:50.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(147,1,3,'Council Frontera Digna','council frontera digna','Berlin','','Deutschland','','','Łukasz 山田','Policy Officer','firmante098@org098.example.org',1,'pending','2026-12-08 00:35:34.000000','2026-12-08 00:35:34.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(148,1,1,'Observatorio for Border Solidarity','observatorio for border solidarity','San Diego','CA','United States','https://org099.example.org','Firmamos en solidaridad con CAME.','Zoë Martínez','Президент','firmante099@org099.example.org',1,'pending','2026-12-08 00:36:18.000000','2026-12-08 00:36:18.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
INSERT INTO "signature" VALUES(149,2,4,'Network de Apoyo al Migrante','network de apoyo al migrante','Tucson','AZ','United States','','','Fatima Øster','Director','firmante140@org140.example.org',1,'pending','2026-12-08 00:37:02.000000','2026-12-08 00:37:02.000000',NULL,NULL,'127.0.0.1','Werkzeug/3.1.9');
CREATE TABLE statement (
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
	CONSTRAINT pk_statement PRIMARY KEY (id), 
	CONSTRAINT ck_statement_status CHECK (status IN ('draft', 'open', 'closed')), 
	CONSTRAINT uq_statement_slug UNIQUE (slug)
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

[^bg]: Account given by CAME staff to the coalition, 24 June 2019.','','Signed,','2026-12-07 20:53:17.000000','2026-12-07 20:53:17.000000');
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

[^a]: Amnistía Internacional, Acción Urgente 93/19, AMR 41/0626/2019.','Señor Presidente, Señora Embajadora:','Atentamente,','2026-12-07 20:53:22.000000','2026-12-07 20:53:22.000000');
INSERT INTO "statement" VALUES(3,'carta-borrador-albergues','draft',1,'es',NULL,'2031-01-01 05:59:00.000000','America/Mexico_City',0,NULL,'Borrador: carta sobre la protección de los albergues','Las organizaciones firmantes pedimos que ningún agente entre en un albergue sin orden judicial.[^1]

[^1]: Texto de trabajo para la red de albergues.
','','','','2026-12-07 20:53:27.000000','2026-12-07 20:53:27.000000');
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

[^bg]: Shelter Network, "Incident log of visits to shelters", internal report shared with the coalition, 2026.','Dear President and Secretary,','Respectfully,','2026-12-07 20:53:32.000000','2026-12-07 20:53:32.000000');
CREATE INDEX ix_audit_event_signature_id ON audit_event (signature_id);
CREATE INDEX ix_audit_event_statement_id ON audit_event (statement_id);
CREATE INDEX ix_outbox_message_due ON outbox_message (sent_at, failed_at, next_attempt_at);
CREATE INDEX ix_outbox_message_statement_id ON outbox_message (statement_id);
CREATE INDEX ix_addressee_statement_id ON addressee (statement_id);
CREATE INDEX ix_membership_coordinator_id ON membership (coordinator_id);
CREATE INDEX ix_signature_statement_id_status ON signature (statement_id, status);
COMMIT;
