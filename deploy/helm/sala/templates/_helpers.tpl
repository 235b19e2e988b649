{{/* Names, labels and the environment shared by every Sala process. */}}

{{- define "sala.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "sala.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "sala.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "sala.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "sala.selectorLabels" -}}
app.kubernetes.io/name: {{ include "sala.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "sala.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "sala.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "sala.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end }}

{{- define "sala.secretName" -}}
{{- default (include "sala.fullname" .) .Values.secrets.existingSecret }}
{{- end }}

{{/* The names the dependency charts give their resources (their own fullname rule). */}}
{{- define "sala.postgresqlName" -}}
{{- $v := .Values.postgresql }}
{{- if $v.fullnameOverride }}
{{- $v.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default "postgresql" $v.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "sala.meilisearchName" -}}
{{- $v := .Values.meilisearch }}
{{- if $v.fullnameOverride }}
{{- $v.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default "meilisearch" $v.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Pod-level settings shared by the API, the worker and the migration Job. */}}
{{- define "sala.podSpecCommon" -}}
serviceAccountName: {{ include "sala.serviceAccountName" . }}
automountServiceAccountToken: false
# Service links would put SALA_SERVICE_HOST, SALA_PORT, … into the environment.
enableServiceLinks: false
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- end }}

{{/* The environment of every Sala container: the ConfigMap, then the secret settings. */}}
{{- define "sala.env" -}}
envFrom:
  - configMapRef:
      name: {{ include "sala.fullname" . }}
env:
  - name: SALA_JWT_SECRET
    valueFrom:
      secretKeyRef:
        name: {{ include "sala.secretName" . }}
        key: SALA_JWT_SECRET
  - name: SALA_SMTP_URL
    valueFrom:
      secretKeyRef:
        name: {{ include "sala.secretName" . }}
        key: SALA_SMTP_URL
  - name: SALA_DATABASE_URL
    valueFrom:
      secretKeyRef:
      {{- if .Values.postgresql.enabled }}
        # Written by the CloudNativePG operator once the cluster exists.
        name: {{ include "sala.postgresqlName" . }}-app
        key: uri
      {{- else }}
        name: {{ include "sala.secretName" . }}
        key: SALA_DATABASE_URL
      {{- end }}
  - name: SALA_SEARCH_KEY
    valueFrom:
      secretKeyRef:
      {{- if and .Values.meilisearch.enabled (not .Values.secrets.searchKey) }}
        name: {{ .Values.meilisearch.auth.existingMasterKeySecret | default (printf "%s-master-key" (include "sala.meilisearchName" .)) }}
        key: MEILI_MASTER_KEY
      {{- else }}
        name: {{ include "sala.secretName" . }}
        key: SALA_SEARCH_KEY
      {{- end }}
  - name: SALA_S3_ACCESS_KEY_ID
    valueFrom:
      secretKeyRef:
        name: {{ include "sala.secretName" . }}
        key: SALA_S3_ACCESS_KEY_ID
  - name: SALA_S3_SECRET_ACCESS_KEY
    valueFrom:
      secretKeyRef:
        name: {{ include "sala.secretName" . }}
        key: SALA_S3_SECRET_ACCESS_KEY
{{- end }}

{{- define "sala.volumes" -}}
# The root file system is read-only; the data folder and /tmp are scratch space.
volumes:
  - name: tmp
    emptyDir: {}
  - name: data
    emptyDir: {}
{{- end }}

{{- define "sala.volumeMounts" -}}
volumeMounts:
  - name: tmp
    mountPath: /tmp
  - name: data
    mountPath: /var/lib/sala
{{- end }}

{{/* Pods restart when their settings change. */}}
{{- define "sala.checksums" -}}
checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}
checksum/secret: {{ include (print $.Template.BasePath "/secret.yaml") . | sha256sum }}
{{- end }}
