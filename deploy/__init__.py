"""Deployment shapes: `make cluster` on one machine (deploy.cluster_config) and the manifests in deploy/k8s."""
